import { noticePhase } from './notice-phase'
import type { NoticeInfo } from './parse-notice-info'

/**
 * The notice a widget should show from a `getChannelsLiveNoticeInfo` answer: the first of the
 * top-level notice and its `otherInfos` that is usable (status 0) and not expired at `now`, with
 * the later ones as its `otherInfos`; `null` when there is none.
 *
 * WeChat usually fails the call for a cancelled or used notice, but may return it with status 1 or
 * 2 instead (docs/platform.md): such a notice must never get a reserve button. `reservable: false`
 * is kept: the widget shows the notice without an active button.
 */
export function usableNotice(info: NoticeInfo, now: number): NoticeInfo | null {
  const { otherInfos, ...top } = info
  const all = [top, ...otherInfos]
  const index = all.findIndex((n) => n.status === 'usable' && noticePhase(n, now) !== 'expired')
  const chosen = all[index]
  if (!chosen) return null
  if (index === 0) return info
  return { ...chosen, otherInfos: all.slice(index + 1) }
}
