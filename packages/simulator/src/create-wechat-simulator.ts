import type { WxLike } from '@taro-live/core'

import type { Handler } from './answer'
import { createCallPipeline } from './call-pipeline'
import { channelLiveTap } from './channel-live-component'
import { createChannelModel } from './channel-model'
import { createEnvironmentApis } from './environment-apis'
import { createGestureTracker } from './gesture'
import { liveInfoHandler } from './live-info-handler'
import { noticeInfoHandler } from './notice-info-handler'
import { noticeSheetHandler } from './notice-sheet-handler'
import { openLiveHandler, openProfileHandler } from './open-handlers'
import { createPopupChoices } from './popup-choices'
import { createProfiles } from './profiles'
import { reserveHandler } from './reserve-handler'
import { createSimClock } from './sim-clock'
import { createSimContext } from './sim-context'
import { createSimStorage } from './storage'
import { defineGatedApis } from './version-gate'
import type { WechatSimulator, WechatSimulatorOptions } from './wechat-simulator'

export type { SimChannelView, WechatSimulator, WechatSimulatorOptions } from './wechat-simulator'

/**
 * Creates a faithful model of the `wx` APIs the library uses.
 *
 * Only assembly happens here: each part (the Channels model, the API handlers, profiles, storage,
 * the call pipeline) lives in its own file, sharing one context (sim-context.ts).
 */
export function createWechatSimulator(options: WechatSimulatorOptions = {}): WechatSimulator {
  const start = options.now ?? Date.UTC(2026, 10, 28, 12)
  const clock = createSimClock({
    now: typeof start === 'number' ? start : start.getTime(),
    mode: options.clock ?? 'manual',
  })
  const gesture = createGestureTracker()
  const ctx = createSimContext(options, clock)
  const choices = createPopupChoices()
  const model = createChannelModel(ctx)
  for (const [name, init] of Object.entries(options.channels ?? {})) model.addChannel(name, init)
  const profiles = createProfiles(ctx, choices)
  const storage = createSimStorage(ctx)
  const pipeline = createCallPipeline(ctx, gesture)

  // The callback-style APIs, in this order on the simulator.
  const handlers: Record<string, Handler> = {
    getChannelsLiveInfo: liveInfoHandler(ctx, model),
    getChannelsLiveNoticeInfo: noticeInfoHandler(ctx, model),
    openChannelsLive: openLiveHandler(ctx, model, choices),
    reserveChannelsLive: reserveHandler(ctx, model, choices),
    openChannelsUserProfile: openProfileHandler(ctx, model),
    openChannelsLiveNoticeInfo: noticeSheetHandler(ctx, model, choices),
    getUserProfile: profiles.getUserProfile,
    getUserInfo: profiles.getUserInfo,
  }
  const api: Record<string, unknown> = {}
  for (const name of Object.keys(handlers)) api[name] = pipeline.callbackApi(name, handlers[name])
  Object.assign(api, createEnvironmentApis(ctx), storage.api)

  const sim = {} as WechatSimulator
  defineGatedApis(sim, api, ctx)

  // Everything but the wx APIs (made above); the simulate* members are what
  // `@taro-live/core/internal`'s `EmulatedWx` reads as the native components' stand-ins.
  const controls: Omit<WechatSimulator, keyof WxLike> = {
    clock,
    get env() {
      return ctx.mode === 'h5-stub' ? 'h5' : 'weapp'
    },
    get mode() {
      return ctx.mode
    },
    get baseLibrary() {
      return ctx.baseLibrary
    },
    calls: pipeline.calls,
    callsTo: (name) => pipeline.calls.filter((c) => c.api === name),
    clearCalls: pipeline.clearCalls,
    visits: model.visits,
    subscribe(listener) {
      ctx.listeners.add(listener)
      return () => ctx.listeners.delete(listener)
    },
    addChannel: model.addChannel,
    goLive: model.goLive,
    endLive: model.endLive,
    setReplayStatus: model.setReplayStatus,
    prepareLive(finderUserName) {
      model.requireChannel(finderUserName).statusCode = 4
      ctx.emit()
    },
    setStatusCode(finderUserName, code) {
      model.requireChannel(finderUserName).statusCode = code
      ctx.emit()
    },
    setSubject(finderUserName, subject) {
      model.requireChannel(finderUserName).subject = subject
      ctx.emit()
    },
    scheduleNotice(finderUserName, init) {
      const id = model.addNotice(finderUserName, init)
      ctx.emit()
      return id
    },
    cancelNotice(noticeId) {
      const notice = model.notices.get(noticeId)
      if (notice) notice.status = 'cancelled'
      ctx.emit()
    },
    isReservedByUser: (noticeId) => model.reservedByUser.has(noticeId),
    channel: model.view,
    setBaseLibrary(version) {
      ctx.baseLibrary = version
      ctx.emit()
    },
    setMode(next) {
      ctx.mode = next
      ctx.emit()
    },
    setScene(next, category) {
      ctx.scene = next
      if (category !== undefined) ctx.apiCategory = category
      ctx.emit()
    },
    get variants() {
      return { ...ctx.variants }
    },
    setVariant(name, value) {
      ctx.variants[name] = value
      ctx.emit()
    },
    script: pipeline.script,
    choose: choices.choose,
    setDefaultChoice: choices.setDefaultChoice,
    tap: (fn) => gesture.tap(fn),
    simulateChooseAvatar: profiles.simulateChooseAvatar,
    simulateNicknameReview: profiles.simulateNicknameReview,
    simulateNicknameBlur: profiles.simulateNicknameBlur,
    simulateChannelLiveTap: channelLiveTap(ctx, model, pipeline),
    simulateGetUserInfoButton: profiles.simulateGetUserInfoButton,
    setContentCheck: profiles.setContentCheck,
    storage: storage.controls,
    dispose() {
      clock.dispose()
      gesture.dispose()
      ctx.listeners.clear()
    },
  }
  Object.defineProperties(sim, Object.getOwnPropertyDescriptors(controls))
  return sim
}
