import { orDefault } from '../parse/or-default'

/** What a channel's live is doing now. `unknown` is never treated as live. */
export type LiveStatus = 'never' | 'live' | 'ended' | 'preparing' | 'unknown'

/**
 * WeChat's `status` codes of `getChannelsLiveInfo` (docs/platform.md, Live status). Many sources
 * know only 2 and 3.
 */
export const LIVE_STATUS_CODES: ReadonlyMap<number, LiveStatus> = new Map([
  [1, 'never'],
  [2, 'live'],
  [3, 'ended'],
  [4, 'preparing'],
])

/** Maps a raw status code to a {@link LiveStatus}; any undocumented code is `unknown`. */
export function liveStatusFromCode(code: number): LiveStatus {
  return orDefault(LIVE_STATUS_CODES.get(code), 'unknown')
}

/** State of a live's replay. */
export type ReplayStatus = 'not-generated' | 'generated' | 'generating' | 'expired' | 'unknown'

/** `replayStatus` codes (base library ≥ 2.29.0). */
export const REPLAY_STATUS_CODES: ReadonlyMap<number, ReplayStatus> = new Map([
  [0, 'not-generated'],
  [1, 'generated'],
  [3, 'generating'],
  [6, 'expired'],
])

/** Maps `replayStatus` (already normalised with `Number()`) to a {@link ReplayStatus}. */
export function replayStatusFromCode(code: number): ReplayStatus {
  return orDefault(REPLAY_STATUS_CODES.get(code), 'unknown')
}
