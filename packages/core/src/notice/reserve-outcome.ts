import { toInteger } from '../parse/to-number'

/**
 * What the user did in (or around) the popup of `reserveChannelsLive`, by its `state`
 * (docs/platform.md, Reserving).
 */
export type ReserveOutcome =
  | 'declined-live'
  | 'went-live'
  | 'cancelled-notice'
  | 'live-ended'
  | 'dismissed'
  | 'reserved'
  | 'unreserved'
  | 'unchanged'
  | 'aborted'
  | 'expired'
  | 'unknown'

/**
 * What an outcome means for the locally recorded reservation: WeChat never reports whether this user
 * reserved, so the library records it from `state`.
 * - `reserved` / `not-reserved`: now known to be so;
 * - `forget`: the notice is gone, drop the record;
 * - `keep`: nothing learnt.
 */
export type ReservationEffect = 'reserved' | 'not-reserved' | 'forget' | 'keep'

/** A typed reading of one `reserveChannelsLive` result. */
export interface ReserveOutcomeInfo {
  /** What happened. */
  outcome: ReserveOutcome
  /** The raw `state`, when it was a number. */
  state: number | undefined
  /** What to do with the local reservation record. */
  effect: ReservationEffect
}

const TABLE: ReadonlyMap<number, readonly [ReserveOutcome, ReservationEffect]> = new Map([
  [1, ['declined-live', 'keep']], // live now; the user did not go
  [2, ['went-live', 'keep']], // live now; the user went to the live room
  [3, ['cancelled-notice', 'forget']],
  [4, ['live-ended', 'forget']],
  [5, ['dismissed', 'not-reserved']], // had not reserved; closed the popup
  [6, ['reserved', 'reserved']],
  [7, ['unreserved', 'not-reserved']],
  [8, ['unchanged', 'reserved']], // had reserved; closed the popup: tells us the user had reserved
  [9, ['aborted', 'keep']], // cancelled before the popup appeared
  [10, ['expired', 'forget']],
])

/** Maps a `reserveChannelsLive` `state` (1–10; `undefined` on some HarmonyOS builds) to a typed outcome. */
export function reserveOutcome(state: unknown): ReserveOutcomeInfo {
  const code = toInteger(state)
  const row = code === undefined ? undefined : TABLE.get(code)
  if (!row) return { outcome: 'unknown', state: code, effect: 'keep' }
  return { outcome: row[0], state: code, effect: row[1] }
}
