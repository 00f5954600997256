import type { TextTable } from '../internal/texts'

/** Texts of {@link LiveEmbed}. */
export interface LiveEmbedTexts {
  /** Badge while live. */
  live: string
  /** The button of the tap-to-open card. */
  enterLive: string
  /** Accessible name of the tap-to-open card; `{name}` is the channel's nickname. */
  openLabel: string
}

export const LIVE_EMBED_TEXTS: TextTable<LiveEmbedTexts> = {
  'zh-CN': {
    live: '直播中',
    enterLive: '进入直播间',
    openLabel: '进入{name}的直播间',
  },
  'en-US': {
    live: 'LIVE',
    enterLive: 'Watch live',
    openLabel: "Open {name}'s live room",
  },
}
