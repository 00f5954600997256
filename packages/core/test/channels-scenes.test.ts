import {
  CHANNELS_SCENES,
  canGetChannelsShareKey,
  describeChannelsLaunch,
  isChannelsScene,
  isLiveRoomProductScene,
} from '@taro-live/core'
import { SHARE_KEY_SCENES } from '@taro-live/core/internal'
import { describe, expect, it } from 'vitest'

const DOC_SCENES = [1175, 1176, 1177, 1184, 1191, 1193, 1195, 1200, 1201, 1208, 1216, 1228, 1296]
const SHARE_KEY = [1177, 1184, 1195, 1208]
/** Channel ads and the paid short-drama bubble (docs/platform.md, Launch scenes). */
const AD_SCENES = [1200, 1201, 1228, 1296]
/** Targets whose scene numbers are not WeChat's; `''` is "not a Taro build". */
const OTHER_TARGETS = ['h5', 'tt', 'alipay', 'swan', 'harmony-hybrid', '']

describe('Channels scenes (docs/platform.md, Launch scenes)', () => {
  it('lists exactly the documented scenes', () => {
    expect(Object.values(CHANNELS_SCENES).sort((a, b) => a - b)).toStrictEqual(DOC_SCENES)
    expect([...SHARE_KEY_SCENES].sort((a, b) => a - b)).toStrictEqual(SHARE_KEY)
  })

  it.each(DOC_SCENES)('%i is a Channels scene (number and string)', (scene) => {
    expect(isChannelsScene(scene)).toBe(true)
    expect(isChannelsScene(String(scene))).toBe(true)
  })

  it.each<{ name: string; scene: unknown }>([
    { name: '1197 (minigame only)', scene: 1197 },
    { name: '1198 (minigame only)', scene: 1198 },
    { name: '1001', scene: 1001 },
    { name: 'null', scene: null },
    { name: 'undefined', scene: undefined },
    { name: "''", scene: '' },
    { name: "'abc'", scene: 'abc' },
    { name: '1177.5', scene: 1177.5 },
    { name: '{ scene: 1177 }', scene: { scene: 1177 } },
  ])('$name is not a Channels scene', ({ scene }) => {
    expect(isChannelsScene(scene)).toBe(false)
    expect(isLiveRoomProductScene(scene)).toBe(false)
    expect(canGetChannelsShareKey(scene)).toBe(false)
  })

  it("reads a numeric string scene, '1177' and ' 1177 '", () => {
    expect(isChannelsScene('1177')).toBe(true)
    expect(isLiveRoomProductScene('1177')).toBe(true)
    expect(isLiveRoomProductScene(' 1177 ')).toBe(true)
    expect(canGetChannelsShareKey('1177')).toBe(true)
  })

  it.each(DOC_SCENES)('isLiveRoomProductScene(%i) only for 1177', (scene) => {
    expect(isLiveRoomProductScene(scene)).toBe(scene === 1177)
  })

  it.each(DOC_SCENES)('canGetChannelsShareKey(%i) only for 1177, 1184, 1195, 1208', (scene) => {
    expect(canGetChannelsShareKey(scene)).toBe(SHARE_KEY.includes(scene))
  })

  it.each(AD_SCENES)(
    '%i (channel ads, paid short drama) is from Channels, by its name too',
    (scene) => {
      expect(isChannelsScene(scene)).toBe(true)
      expect(describeChannelsLaunch({ scene }).fromChannels).toBe(true)
      expect(isLiveRoomProductScene(scene)).toBe(false)
      expect(canGetChannelsShareKey(scene)).toBe(false)
    },
  )

  it('names the ad and short-drama scenes', () => {
    expect(CHANNELS_SCENES).toMatchObject({
      channelAd: 1200,
      channelAdDetail: 1201,
      channelNativeAd: 1228,
      paidShortDramaBubble: 1296,
    })
  })
})

describe('scene helpers off WeChat: never "from Channels"', () => {
  it.each(OTHER_TARGETS)('env %j: no documented scene counts', (env) => {
    for (const scene of DOC_SCENES) {
      expect(isChannelsScene(scene, { env })).toBe(false)
      expect(isChannelsScene(String(scene), { env })).toBe(false)
      expect(isLiveRoomProductScene(scene, { env })).toBe(false)
      expect(canGetChannelsShareKey(scene, { env })).toBe(false)
    }
  })

  it.each(OTHER_TARGETS)('env %j: the launch keeps its scene, says nothing of Channels', (env) => {
    expect(
      describeChannelsLaunch({ scene: 1177, apiCategory: 'nativeFunctionalized' }, { env }),
    ).toStrictEqual({
      scene: 1177,
      fromChannels: false,
      fromLiveRoomProduct: false,
      nativeFunctionalized: false,
    })
  })

  it("env 'weapp' and no env are WeChat", () => {
    for (const options of [{ env: 'weapp' }, {}, undefined]) {
      expect(isChannelsScene(1177, options ?? {})).toBe(true)
      expect(isLiveRoomProductScene(1177, options)).toBe(true)
      expect(canGetChannelsShareKey(1208, options)).toBe(true)
      expect(
        describeChannelsLaunch({ scene: 1296, apiCategory: 'nativeFunctionalized' }, options),
      ).toStrictEqual({
        scene: 1296,
        fromChannels: true,
        fromLiveRoomProduct: false,
        nativeFunctionalized: true,
      })
    }
  })
})

describe('describeChannelsLaunch', () => {
  it('a live-room product in the native shell', () => {
    expect(
      describeChannelsLaunch({ scene: 1177, apiCategory: 'nativeFunctionalized' }),
    ).toStrictEqual({
      scene: 1177,
      fromChannels: true,
      fromLiveRoomProduct: true,
      nativeFunctionalized: true,
    })
  })

  it('a channel link with a string scene and the default category', () => {
    expect(describeChannelsLaunch({ scene: '1184', apiCategory: 'default' })).toStrictEqual({
      scene: 1184,
      fromChannels: true,
      fromLiveRoomProduct: false,
      nativeFunctionalized: false,
    })
  })

  it('an ordinary launch', () => {
    expect(describeChannelsLaunch({ scene: 1001 })).toStrictEqual({
      scene: 1001,
      fromChannels: false,
      fromLiveRoomProduct: false,
      nativeFunctionalized: false,
    })
  })

  it.each<{ name: string; input: unknown }>([
    { name: 'undefined', input: undefined },
    { name: 'null', input: null },
    { name: 'a string', input: '1177' },
    { name: 'a number', input: 1177 },
    { name: 'an array', input: [1177] },
    { name: 'a bad scene', input: { scene: 'x', apiCategory: 5 } },
  ])('garbage ($name) gives an empty description', ({ input }) => {
    expect(describeChannelsLaunch(input)).toStrictEqual({
      scene: undefined,
      fromChannels: false,
      fromLiveRoomProduct: false,
      nativeFunctionalized: false,
    })
  })
})
