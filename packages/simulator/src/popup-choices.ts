import type { SimChoices, SimPopup } from './types'

/**
 * The simulated user's answers to WeChat's popups: queued ones first (a test scripts "cancel, then
 * confirm"), then a default, so a story need not queue an answer for every tap.
 */
export interface PopupChoices {
  /** Takes the next answer to `popup`. */
  choice<P extends SimPopup>(popup: P): SimChoices[P]
  choose<P extends SimPopup>(popup: P, ...choices: SimChoices[P][]): void
  setDefaultChoice<P extends SimPopup>(popup: P, choice: SimChoices[P]): void
}

export function createPopupChoices(): PopupChoices {
  const queued = new Map<SimPopup, string[]>()
  const defaults: { [P in SimPopup]: SimChoices[P] } = {
    openChannelsLive: 'confirm',
    reserveChannelsLive: 'confirm',
    getUserProfile: 'allow',
    getUserInfo: 'allow',
    openChannelsLiveNoticeInfo: 'close',
  }
  return {
    choice<P extends SimPopup>(popup: P): SimChoices[P] {
      const next = queued.get(popup)?.shift()
      return (next ?? defaults[popup]) as SimChoices[P]
    },
    choose(popup, ...choices) {
      queued.set(popup, [...(queued.get(popup) ?? []), ...choices])
    },
    setDefaultChoice(popup, value) {
      ;(defaults as Record<SimPopup, string>)[popup] = value
    },
  }
}
