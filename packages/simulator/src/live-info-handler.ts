import { type Answer, type Handler, ok } from './answer'
import { channelGuard, isAnswer, MAX_OTHER_INFOS, otherInfos } from './channel-guard'
import type { ChannelModel, Live } from './channel-model'
import type { SimContext } from './sim-context'
import { LIVE_INFO_EXTRAS_FROM, versionAtLeast } from './wechat-versions'

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * The `startTime`/`endTime` window in epoch ms, or `undefined` when neither is a number. Only
 * `startTime`: up to now; only `endTime`: from 0. The unit is undocumented (a variant).
 */
function liveWindow(
  ctx: SimContext,
  params: Record<string, unknown>,
): { from: number; to: number } | undefined {
  const { startTime, endTime } = params
  if (!isNumber(startTime) && !isNumber(endTime)) return undefined
  const scale = ctx.variants.liveInfoWindowUnit === 'seconds' ? 1000 : 1
  return {
    from: isNumber(startTime) ? startTime * scale : 0,
    to: isNumber(endTime) ? endTime * scale : ctx.clock.now(),
  }
}

/**
 * `getChannelsLiveInfo`: the channel's newest live and, on newer base libraries, older ones, or
 * (with a `startTime`/`endTime` window, ≥ 2.29.0) the lives that started inside the window.
 */
export function liveInfoHandler(ctx: SimContext, model: ChannelModel): Handler {
  return (params) => {
    const api = 'getChannelsLiveInfo'
    const channel = channelGuard(ctx, model, api, params.finderUserName)
    if (isAnswer(channel)) return channel
    const extras = versionAtLeast(ctx.baseLibrary, LIVE_INFO_EXTRAS_FROM)
    const describe = (live: Live | undefined, statusCode: number) => {
      const info: Record<string, unknown> = {
        feedId: live?.feedId ?? '',
        nonceId: live?.nonceId ?? '',
        description: live?.description ?? '',
        status: statusCode,
        headUrl: channel.headUrl,
        nickname: channel.nickname,
      }
      if (extras && live) {
        const code = model.replayStatus(channel, live)
        info.replayStatus = ctx.options.replayStatusAs === 'string' ? String(code) : code
      }
      return info
    }
    // At most 15 lives in all: the top one, and up to 14 older ones in `otherInfos`, ascending.
    // `older` undefined: WeChat leaves `otherInfos` empty.
    const withOthers = (
      top: Live | undefined,
      statusCode: number,
      older: Live[] | undefined,
    ): Answer => {
      const result = describe(top, statusCode)
      if (extras) {
        result.otherInfos = older
          ? otherInfos(
              ctx,
              older.slice(-MAX_OTHER_INFOS).map((live) => describe(live, 3)),
            )
          : []
      }
      return ok(result)
    }
    // Never live: a success with status 1, or a failure "data empty" (docs/platform.md).
    const neverLive = (): Answer =>
      ctx.variants.neverLive === 'no-data'
        ? ctx.failure(api, 'data empty', 1416104)
        : withOthers(undefined, 1, [])
    if (channel.statusCode === 1 && ctx.variants.neverLive === 'no-data') return neverLive()
    const newest = channel.lives[channel.lives.length - 1]

    // Below 2.29.0 the window is ignored.
    const window = extras ? liveWindow(ctx, params) : undefined
    if (window) {
      const inside = channel.lives.filter(
        (live) => live.startedAt >= window.from && live.startedAt <= window.to,
      )
      const top = inside[inside.length - 1]
      // No live in the window answers as a channel that never went live.
      if (!top) return neverLive()
      return withOthers(top, top === newest ? channel.statusCode : 3, inside.slice(0, -1))
    }
    // Whether `otherInfos` is filled without a window is undocumented (a variant).
    const filled = ctx.variants.otherInfosWithoutWindow === 'filled'
    return withOthers(newest, channel.statusCode, filled ? channel.lives.slice(0, -1) : undefined)
  }
}
