import { orDefault } from '../parse/or-default'
import {
  type Fields,
  type ParseResult,
  parseWith,
  readBoolean,
  readEpochSeconds,
  readList,
  readNumber,
  readRequiredId,
  readString,
} from '../parse/parse-result'

/**
 * A notice's own status. A cancelled or used notice usually makes the API fail instead
 * (docs/platform.md, Notices).
 */
export type NoticeStatus = 'usable' | 'cancelled' | 'used' | 'unknown'

/** `status` codes of `getChannelsLiveNoticeInfo`. */
export const NOTICE_STATUS_CODES: ReadonlyMap<number, NoticeStatus> = new Map([
  [0, 'usable'],
  [1, 'cancelled'],
  [2, 'used'],
])

/** One scheduled live (a notice). WeChat gives no title or cover for it. */
export interface NoticeInfoEntry {
  /** The notice id to reserve with (WeChat's `noticeId`; Taro's typings call it `nonceId`). */
  noticeId: string
  /** The notice's status. */
  status: NoticeStatus
  /** The raw status code. */
  statusCode: number
  /** Scheduled start, epoch **milliseconds** (WeChat sends a string of seconds). */
  startTime: number
  /** The channel's avatar URL. */
  headUrl: string
  /** The channel's nickname. */
  nickname: string
  /** Whether the notice can be reserved at all. Not per user: stays `true` after this user reserved. */
  reservable: boolean
}

/** Parsed `getChannelsLiveNoticeInfo` result: the next notice plus up to 15 more (≥ 2.24.6). */
export interface NoticeInfo extends NoticeInfoEntry {
  /** Further notices. */
  otherInfos: NoticeInfoEntry[]
}

function readEntry(r: Fields): NoticeInfoEntry {
  // WeChat names the id `noticeId`; Taro 4.2.1's typings call it `nonceId` (docs/platform.md,
  // Notices).
  const noticeId = readRequiredId(r, 'noticeId', 'nonceId')
  const statusCode = orDefault(readNumber(r, 'status'), 0)
  return {
    noticeId,
    status: orDefault(NOTICE_STATUS_CODES.get(statusCode), 'unknown'),
    statusCode,
    startTime: readEpochSeconds(r, 'startTime'),
    headUrl: readString(r, 'headUrl'),
    nickname: readString(r, 'nickname'),
    reservable: readBoolean(r, 'reservable', true),
  }
}

/** Parses a raw `getChannelsLiveNoticeInfo` success result. Never throws. */
export function parseNoticeInfo(raw: unknown): ParseResult<NoticeInfo> {
  return parseWith('getChannelsLiveNoticeInfo', raw, (r) => ({
    ...readEntry(r),
    otherInfos: readList(r, 'otherInfos', readEntry),
  }))
}
