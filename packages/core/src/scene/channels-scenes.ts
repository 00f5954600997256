import { toInteger } from '../parse/to-number'

/** Launch scenes that come from WeChat Channels (domain doc §6). 1197/1198 are minigame-only and left out. */
export const CHANNELS_SCENES = {
  /** 1175: the channel home page's shop. */
  channelHomeShop: 1175,
  /** 1176: the streamer opens the mini program from the live room. */
  liveRoomStreamer: 1176,
  /** 1177: a product in a live room. */
  liveRoomProduct: 1177,
  /** 1184: a channel link. */
  channelLink: 1184,
  /** 1191: a channel event. */
  channelEvent: 1191,
  /** 1193: the home page's service menu. */
  homeServiceMenu: 1193,
  /** 1195: the home page's product tab. */
  homeProductTab: 1195,
  /** 1208: a product card sent in a chat. */
  chatProductCard: 1208,
  /** 1216: the channel order centre. */
  orderCentre: 1216,
} as const

/** A scene number from {@link CHANNELS_SCENES}. */
export type ChannelsScene = (typeof CHANNELS_SCENES)[keyof typeof CHANNELS_SCENES]

const ALL = new Set<number>(Object.values(CHANNELS_SCENES))

/** Scenes in which `getChannelsShareKey` (promoter info) works. */
export const SHARE_KEY_SCENES: readonly ChannelsScene[] = [1177, 1184, 1195, 1208]

const sceneNumber = toInteger

/** True when the mini program was opened from WeChat Channels. Accepts a number or numeric string. */
export function isChannelsScene(scene: unknown): scene is ChannelsScene {
  const n = sceneNumber(scene)
  return n !== undefined && ALL.has(n)
}

/** True for 1177: opened from a product in a live room. */
export function isLiveRoomProductScene(scene: unknown): boolean {
  return sceneNumber(scene) === CHANNELS_SCENES.liveRoomProduct
}

/** True when `getChannelsShareKey` can return promoter info in this scene. */
export function canGetChannelsShareKey(scene: unknown): boolean {
  const n = sceneNumber(scene)
  return n !== undefined && (SHARE_KEY_SCENES as readonly number[]).includes(n)
}

/** What the launch says about Channels. */
export interface ChannelsLaunch {
  /** The scene number, or `undefined` when unknown. */
  scene: number | undefined
  /** Opened from WeChat Channels. */
  fromChannels: boolean
  /** Opened from a live-room product (1177). */
  fromLiveRoomProduct: boolean
  /** Running in the restricted native shell of live-room products and showcases. */
  nativeFunctionalized: boolean
}

/** Reads `getEnterOptionsSync()` (or launch options); never throws on odd input. */
export function describeChannelsLaunch(enterOptions: unknown): ChannelsLaunch {
  const options = typeof enterOptions === 'object' && enterOptions !== null ? enterOptions : {}
  const { scene, apiCategory } = options as { scene?: unknown; apiCategory?: unknown }
  return {
    scene: sceneNumber(scene),
    fromChannels: isChannelsScene(scene),
    fromLiveRoomProduct: isLiveRoomProductScene(scene),
    nativeFunctionalized: apiCategory === 'nativeFunctionalized',
  }
}
