import type { TextTable } from '../internal/texts'

/** Texts of {@link LiveFloatingWindow}. */
export interface LiveFloatingWindowTexts {
  /** Badge while live. */
  live: string
  /** Badge while a live is being prepared. */
  preparing: string
  /** Accessible name of the window; `{name}` is the channel's nickname. */
  openLabel: string
  /** Accessible name of the close button. */
  close: string
}

export const LIVE_FLOATING_WINDOW_TEXTS: TextTable<LiveFloatingWindowTexts> = {
  'zh-CN': {
    live: '直播中',
    preparing: '即将开播',
    openLabel: '进入{name}的直播间',
    close: '关闭',
  },
  'en-US': {
    live: 'LIVE',
    preparing: 'Soon',
    openLabel: "Open {name}'s live room",
    close: 'Close',
  },
}
