import {
  type Fields,
  type ParseResult,
  parseWith,
  readId,
  readList,
  readNumber,
  readRequiredNumber,
  readString,
} from '../parse/parse-result'
import {
  type LiveStatus,
  liveStatusFromCode,
  type ReplayStatus,
  replayStatusFromCode,
} from './live-status'

/** One live of a channel, as `getChannelsLiveInfo` describes it. */
export interface LiveInfoEntry {
  /** What the live is doing. */
  status: LiveStatus
  /** The raw status code, for logs and for codes this library does not know yet. */
  statusCode: number
  /** Id of the live (absent when the channel never went live). */
  feedId: string | undefined
  /** Second id of the live, needed with `feedId` to open it below base library 2.19.2. */
  nonceId: string | undefined
  /** The live's topic. */
  description: string
  /** The channel's avatar URL (not a cover). */
  headUrl: string
  /** The channel's nickname. */
  nickname: string
  /** Replay state (base library ≥ 2.29.0), or `undefined` when not reported. */
  replayStatus: ReplayStatus | undefined
}

/** Parsed `getChannelsLiveInfo` result: the newest live, plus up to 14 older ones (15 per call in all, ≥ 2.29.0). */
export interface LiveInfo extends LiveInfoEntry {
  /** Older lives, ascending by time. */
  otherInfos: LiveInfoEntry[]
}

function readEntry(r: Fields): LiveInfoEntry {
  const statusCode = readRequiredNumber(r, 'status')
  const replay = readNumber(r, 'replayStatus')
  return {
    status: liveStatusFromCode(statusCode),
    statusCode,
    feedId: readId(r, 'feedId'),
    nonceId: readId(r, 'nonceId'),
    description: readString(r, 'description'),
    headUrl: readString(r, 'headUrl'),
    nickname: readString(r, 'nickname'),
    replayStatus: replay === undefined ? undefined : replayStatusFromCode(replay),
  }
}

/** Parses a raw `getChannelsLiveInfo` success result. Never throws. */
export function parseLiveInfo(raw: unknown): ParseResult<LiveInfo> {
  return parseWith('getChannelsLiveInfo', raw, (r) => ({
    ...readEntry(r),
    otherInfos: readList(r, 'otherInfos', readEntry),
  }))
}
