import { createLiveClient, createWxPlatform, type LiveClient } from '@taro-live/core'
import {
  createWechatSimulator,
  type SimLiveStatus,
  type SimMode,
  type WechatSimulator,
} from '@taro-live/simulator'

/** What a lab starts with; every change of these starts a fresh lab. */
export interface LabSetup {
  /** The channel id. */
  finderUserName: string
  /** Device, DevTools (-14) or Taro H5 stubs. */
  mode: SimMode
  /** Base library version. */
  baseLibrary: string
  /** The channel's status at start. */
  status: Exclude<SimLiveStatus, number>
  /** The channel and the mini program share a subject (else 100008). */
  sameSubject: boolean
  /** Minutes until a scheduled notice starts; negative: already past; `null`: no notice. */
  noticeInMinutes: number | null
  /** `manual` in tests; `realtime` in the browser. */
  clock: 'manual' | 'realtime'
}

/** A simulator, the real wx adapter over it, and a client: the whole data path of a widget. */
export interface Lab {
  sim: WechatSimulator
  client: LiveClient
  setup: LabSetup
}

/** Builds a lab. */
export function createLab(setup: LabSetup): Lab {
  const sim = createWechatSimulator({
    mode: setup.mode,
    baseLibrary: setup.baseLibrary,
    clock: setup.clock,
    now: setup.clock === 'realtime' ? Date.now() : undefined,
    channels: {
      [setup.finderUserName]: {
        nickname: '橙子优选',
        status: setup.status,
        description: '冬季上新专场',
        subject: setup.sameSubject ? 'same' : 'other',
      },
    },
  })
  if (setup.noticeInMinutes !== null) {
    sim.scheduleNotice(setup.finderUserName, {
      startTime: sim.clock.now() + setup.noticeInMinutes * 60_000,
    })
  }
  const platform = createWxPlatform(sim, { env: sim.env, clock: sim.clock })
  return { sim, client: createLiveClient(platform), setup }
}
