import { orDefault } from '../parse/or-default'
import { toInteger } from '../parse/to-number'

/**
 * Launch scenes that come from WeChat Channels (docs/platform.md, Launch scenes). 1197/1198 are
 * minigame-only and left out.
 */
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
  /** 1200: a channel ad. */
  channelAd: 1200,
  /** 1201: a channel ad's detail page. */
  channelAdDetail: 1201,
  /** 1208: a product card sent in a chat. */
  chatProductCard: 1208,
  /** 1216: the channel order centre. */
  orderCentre: 1216,
  /** 1228: a channel native ad component. */
  channelNativeAd: 1228,
  /** 1296: the bubble of a channel's paid short drama. */
  paidShortDramaBubble: 1296,
} as const

/** A scene number from {@link CHANNELS_SCENES}. */
export type ChannelsScene = (typeof CHANNELS_SCENES)[keyof typeof CHANNELS_SCENES]

const ALL = new Set<number>(Object.values(CHANNELS_SCENES))

/** Scenes in which `getChannelsShareKey` (promoter info) works. */
export const SHARE_KEY_SCENES: readonly ChannelsScene[] = [1177, 1184, 1195, 1208]

/** Options of the scene helpers. */
export interface SceneOptions {
  /**
   * The running target (`process.env.TARO_ENV`, or a `Platform`'s `env`). Default `'weapp'`.
   * These numbers are WeChat's launch scenes: on any other target the same number means something
   * else (or nothing), so only `'weapp'` can be "from Channels".
   */
  env?: string
}

function onWechat(options: SceneOptions | undefined): boolean {
  return orDefault(options?.env, 'weapp') === 'weapp'
}

/** The scene as a number on WeChat; `undefined` when unknown or on another target. */
function wechatScene(scene: unknown, options: SceneOptions | undefined): number | undefined {
  return onWechat(options) ? toInteger(scene) : undefined
}

/**
 * True when the mini program was opened from WeChat Channels. Accepts a number or numeric string.
 * Always false off WeChat when `options.env` says so.
 */
export function isChannelsScene(scene: unknown): scene is ChannelsScene
export function isChannelsScene(scene: unknown, options: SceneOptions): boolean
// Not a type guard with `options`: `false` off WeChat does not mean "not a Channels number".
export function isChannelsScene(scene: unknown, options?: SceneOptions): boolean {
  const n = wechatScene(scene, options)
  return n !== undefined && ALL.has(n)
}

/** True for 1177: opened from a product in a live room (on WeChat). */
export function isLiveRoomProductScene(scene: unknown, options?: SceneOptions): boolean {
  return wechatScene(scene, options) === CHANNELS_SCENES.liveRoomProduct
}

/** True when `getChannelsShareKey` can return promoter info in this scene (on WeChat). */
export function canGetChannelsShareKey(scene: unknown, options?: SceneOptions): boolean {
  const n = wechatScene(scene, options)
  return n !== undefined && (SHARE_KEY_SCENES as readonly number[]).includes(n)
}

/** What the launch says about Channels. */
export interface ChannelsLaunch {
  /** The scene number as the platform reports it, or `undefined` when unknown. */
  scene: number | undefined
  /** Opened from WeChat Channels (never off WeChat). */
  fromChannels: boolean
  /** Opened from a live-room product (1177; never off WeChat). */
  fromLiveRoomProduct: boolean
  /** Running in WeChat's restricted native shell of live-room products and showcases. */
  nativeFunctionalized: boolean
}

/**
 * Reads `getEnterOptionsSync()` (or launch options); never throws on odd input. Off WeChat
 * (`options.env` other than `'weapp'`) the scene is still reported, but nothing is "from Channels".
 */
export function describeChannelsLaunch(
  enterOptions: unknown,
  options: SceneOptions = {},
): ChannelsLaunch {
  const launch = typeof enterOptions === 'object' && enterOptions !== null ? enterOptions : {}
  const { scene, apiCategory } = launch as { scene?: unknown; apiCategory?: unknown }
  return {
    scene: toInteger(scene),
    fromChannels: isChannelsScene(scene, options),
    fromLiveRoomProduct: isLiveRoomProductScene(scene, options),
    nativeFunctionalized: onWechat(options) && apiCategory === 'nativeFunctionalized',
  }
}
