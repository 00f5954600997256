/**
 * How long a notice stays after its scheduled start when the live has not begun (docs/platform.md,
 * Notices).
 */
export const NOTICE_LINGER_MS = 60 * 60 * 1000

/**
 * Where a notice is in its life: `upcoming` before the start, `lingering` for the hour after it
 * (still reservable), `expired` after that.
 */
export type NoticePhase = 'upcoming' | 'lingering' | 'expired'

/** The phase of a notice starting at `notice.startTime` (epoch ms) at the instant `now`. */
export function noticePhase(notice: { startTime: number }, now: number): NoticePhase {
  const { startTime } = notice
  if (!Number.isFinite(startTime) || !Number.isFinite(now)) return 'expired'
  if (now < startTime) return 'upcoming'
  if (now < startTime + NOTICE_LINGER_MS) return 'lingering'
  return 'expired'
}

/**
 * The instant (epoch ms) at which {@link noticePhase} next changes, or `null` once expired.
 * Lets a caller set one timer instead of polling.
 */
export function nextNoticePhaseChange(notice: { startTime: number }, now: number): number | null {
  switch (noticePhase(notice, now)) {
    case 'upcoming':
      return notice.startTime
    case 'lingering':
      return notice.startTime + NOTICE_LINGER_MS
    default:
      return null
  }
}

/**
 * Whether a live of the channel now plausibly is this notice's live: there is no notice, or its
 * start is at most an hour away or past (the lingering hour, docs/platform.md, Notices). A live
 * long before a notice's start is another live, and the notice keeps its reserve button.
 */
export function liveBelongsToNotice(
  notice: { startTime: number } | null | undefined,
  now: number,
): boolean {
  return !notice || notice.startTime - now <= NOTICE_LINGER_MS
}
