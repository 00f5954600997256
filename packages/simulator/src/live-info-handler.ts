import { type Handler, ok } from './answer'
import { channelGuard, isAnswer, MAX_OTHER_INFOS, otherInfos } from './channel-guard'
import type { ChannelModel, Live } from './channel-model'
import type { SimContext } from './sim-context'
import { LIVE_INFO_EXTRAS_FROM, versionAtLeast } from './wechat-versions'

/** `getChannelsLiveInfo`: the channel's newest live and, on newer base libraries, older ones. */
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
        info.replayStatus =
          ctx.options.replayStatusAs === 'string' ? String(live.replayStatus) : live.replayStatus
      }
      return info
    }
    // Never live: a success with status 1, or a failure "data empty" (docs/platform.md).
    if (channel.statusCode === 1 && ctx.variants.neverLive === 'no-data') {
      return ctx.failure(api, 'data empty', 1416104)
    }
    const newest = channel.lives[channel.lives.length - 1]
    const result = describe(newest, channel.statusCode)
    if (extras) {
      // At most 15 lives in all: the newest above, up to 14 older ones here, ascending.
      const older = channel.lives.slice(0, -1).slice(-MAX_OTHER_INFOS)
      result.otherInfos = otherInfos(
        ctx,
        older.map((live) => describe(live, 3)),
      )
    }
    return ok(result)
  }
}
