import { createWxPlatform, NOTICE_LINGER_MS, type Platform } from '@taro-live/core'
import { LiveProvider, type Locale } from '@taro-live/hooks'
import {
  createWechatSimulator,
  type SimLiveStatus,
  type SimMode,
  type SimNoticeInit,
  type SimSubject,
  type SimVariants,
  type WechatSimulator,
} from '@taro-live/simulator'
import { type ReactNode, useEffect, useMemo, useState } from 'react'
import { CHANNEL_AVATAR } from './avatars'
import { CHANNEL } from './channel'
import { SimulatorPanel } from './simulator-panel'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** What a story sets up in the simulated WeChat (`parameters.stage`). */
export interface StageParameters {
  /** The channel's status at the start. Default `live`. */
  status?: Exclude<SimLiveStatus, number>
  /** The channel and the mini program: same subject, another one (100008), or unverified. */
  subject?: SimSubject
  /** A notice starting this many minutes after the story starts; `null`: none. Default `null`. */
  noticeInMinutes?: number | null
  /** The notice was cancelled by the streamer. */
  noticeCancelled?: boolean
  /** More of the notice: `reservable: false`, status. */
  notice?: Partial<SimNoticeInit>
  /** A second, usable notice this many minutes after the story starts. */
  laterNoticeInMinutes?: number
  /**
   * Earlier lives of the channel, each started `daysAgo` days before the story starts and ended an
   * hour later, with a fixed `replayStatus` code (0/1/3/6 or an undocumented one) or, without one,
   * the simulator's progression (generated half an hour after the end). Older than the current live.
   */
  pastLives?: { description: string; daysAgo: number; replayStatus?: number }[]
  /** Which variant of each undocumented behaviour WeChat plays (the panel can change it). */
  variants?: Partial<SimVariants>
  /** Device, DevTools (-14) or Taro H5 stubs. Default from the platform toolbar. */
  mode?: SimMode
  /** Base library this story is about (wins over the toolbar). */
  baseLibrary?: string
  /** Every answer takes this long (ms). */
  latencyMs?: number
  /** APIs that never answer. */
  hang?: string[]
  /** `getUserInfo` in an app released after this date gives anonymous data. */
  appReleasedAt?: number
  /** WeChat's content check rejects these nicknames (≥ 2.24.4). */
  rejectNicknames?: string[]
  /** Show the simulator panel beside the widget. Default `true`. */
  panel?: boolean
  /** Height of the widget's area in px (a floating window needs room). Default 160. */
  minHeight?: number
}

/** The toolbar's choices (`globals`). */
export interface StageGlobals {
  baseLibrary?: string
  platform?: 'weapp' | 'h5' | 'other'
  theme?: 'light' | 'dark'
  locale?: Locale
  clock?: 'now' | 'start' | 'start+59' | 'start+61'
}

/**
 * Simulated device storage per story: it outlives a restart and Storybook's remount, like a phone's
 * storage outlives an app restart, until the panel's "清空存储" (which plays that need a fresh
 * device press first).
 */
const deviceStorage = new Map<string, Record<string, unknown>>()

interface World {
  sim: WechatSimulator
  platform: Platform
  noticeStart: number | undefined
}

function createWorld(id: string, stage: StageParameters, globals: StageGlobals): World {
  const platformKind = globals.platform ?? 'weapp'
  const start = Date.now()
  const sim = createWechatSimulator({
    clock: 'realtime',
    now: start,
    baseLibrary: stage.baseLibrary ?? (globals.baseLibrary || '3.7.0'),
    mode: stage.mode ?? (platformKind === 'h5' ? 'h5-stub' : 'device'),
    latencyMs: stage.latencyMs ?? 300,
    appReleasedAt: stage.appReleasedAt,
    variants: stage.variants,
    channels: {
      [CHANNEL]: {
        nickname: '橙子优选',
        headUrl: CHANNEL_AVATAR,
        status: stage.status ?? 'live',
        description: '冬季上新专场',
        subject: stage.subject ?? 'same',
        pastLives: stage.pastLives?.map((live) => {
          const startedAt = start - live.daysAgo * DAY
          return {
            description: live.description,
            startedAt,
            endedAt: startedAt + HOUR,
            ...(live.replayStatus === undefined ? {} : { replayStatus: live.replayStatus }),
          }
        }),
      },
    },
    user: { nickName: '小橙', avatarUrl: CHANNEL_AVATAR },
  })
  for (const [key, value] of Object.entries(deviceStorage.get(id) ?? {}))
    sim.storage.put(key, value)
  sim.subscribe(() => deviceStorage.set(id, sim.storage.dump()))
  if (stage.rejectNicknames) sim.setContentCheck({ rejectNicknames: stage.rejectNicknames })
  for (const api of stage.hang ?? []) sim.script(api, { type: 'hang' }, { times: 1000 })

  let noticeStart: number | undefined
  if (stage.noticeInMinutes != null) {
    noticeStart = sim.clock.now() + stage.noticeInMinutes * MINUTE
    const noticeId = sim.scheduleNotice(CHANNEL, {
      startTime: noticeStart,
      noticeId: `${id}-notice`,
      ...stage.notice,
    })
    if (stage.noticeCancelled) sim.cancelNotice(noticeId)
  }
  if (stage.laterNoticeInMinutes != null) {
    sim.scheduleNotice(CHANNEL, {
      startTime: sim.clock.now() + stage.laterNoticeInMinutes * MINUTE,
      noticeId: `${id}-later-notice`,
    })
  }
  if (noticeStart !== undefined && globals.clock && globals.clock !== 'now') {
    const offset = { start: 0, 'start+59': 59 * MINUTE, 'start+61': NOTICE_LINGER_MS + MINUTE }
    sim.clock.advanceTo(noticeStart + offset[globals.clock])
  }

  const platform =
    platformKind === 'other'
      ? // Another mini program platform: no Channels APIs at all.
        createWxPlatform({}, { env: 'alipay', clock: sim.clock })
      : createWxPlatform(sim, { env: platformKind, clock: sim.clock })
  return { sim, platform, noticeStart }
}

/**
 * Every story's stage: a simulated WeChat built from the story's parameters and the toolbar, the
 * widget under a `LiveProvider` over it, and the simulator panel (clock, channel, call log).
 */
export function Stage(props: {
  id: string
  stage: StageParameters
  globals: StageGlobals
  /** Fill the window (a story on its own), or not (a story inside a docs page). */
  fill?: boolean
  children: ReactNode
}) {
  const { id, stage, globals } = props
  const [restarts, setRestarts] = useState(0)
  // A new world for every toolbar change and every restart; the device storage carries over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `restarts` is the restart signal.
  const world = useMemo(
    () => createWorld(id, stage, globals),
    [id, stage, globals.baseLibrary, globals.platform, globals.clock, restarts],
  )
  useEffect(() => () => world.sim.dispose(), [world])
  const worldKey = `${restarts}:${globals.baseLibrary}:${globals.platform}:${globals.clock}`
  const dark = globals.theme === 'dark'

  return (
    // One provider per world: a new simulator is a new app, with its own client.
    <LiveProvider key={worldKey} platform={world.platform} locale={globals.locale ?? 'zh-CN'}>
      <div
        className={dark ? 'tl-theme-dark' : 'tl-theme-light'}
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 16,
          padding: 16,
          minHeight: props.fill ? '100vh' : undefined,
          boxSizing: 'border-box',
          alignContent: 'flex-start',
          background: dark ? '#121212' : '#ffffff',
          color: dark ? '#f2f2f2' : '#1a1a1a',
          fontFamily: 'system-ui, sans-serif',
        }}
      >
        <div
          data-testid="stage"
          // A transform makes the floating window's `position: fixed` relative to this box.
          style={{
            flex: '1 1 360px',
            minHeight: stage.minHeight ?? 160,
            position: 'relative',
            transform: 'translateZ(0)',
          }}
        >
          {props.children}
        </div>
        {stage.panel !== false && (
          <SimulatorPanel
            sim={world.sim}
            noticeStart={world.noticeStart}
            dark={dark}
            onRestart={() => setRestarts((n) => n + 1)}
            onClearStorage={() => {
              deviceStorage.delete(id)
              setRestarts((n) => n + 1)
            }}
          />
        )}
      </div>
    </LiveProvider>
  )
}
