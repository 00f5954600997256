import { type Handler, ok } from './answer'
import { channelGuard, isAnswer } from './channel-guard'
import type { ChannelModel } from './channel-model'
import type { PopupChoices } from './popup-choices'
import type { SimContext } from './sim-context'
import { OPEN_LIVE_WITHOUT_IDS_FROM, versionAtLeast } from './wechat-versions'

/** `openChannelsLive`: WeChat asks the user, then shows the live room (or its end page). */
export function openLiveHandler(
  ctx: SimContext,
  model: ChannelModel,
  choices: PopupChoices,
): Handler {
  return (params, inTap) => {
    const api = 'openChannelsLive'
    if (!inTap) return ctx.outsideTap(api)
    const { feedId, nonceId } = params
    const idsGiven =
      typeof feedId === 'string' && feedId !== '' && typeof nonceId === 'string' && nonceId !== ''
    if (!idsGiven && !versionAtLeast(ctx.baseLibrary, OPEN_LIVE_WITHOUT_IDS_FROM)) {
      return ctx.failure(api, 'feedId and nonceId are required', 40097)
    }
    const channel = channelGuard(ctx, model, api, params.finderUserName)
    if (isAnswer(channel)) return channel
    const live = idsGiven
      ? channel.lives.find((l) => l.feedId === feedId && l.nonceId === nonceId)
      : channel.lives[channel.lives.length - 1]
    if (idsGiven && !live) return ctx.failure(api, 'invalid feedId or nonceId', 40097)
    if (!live) return ctx.failure(api, 'the channel has no live', 1416104)
    // WeChat always asks first; not live, the user lands on the last live's end page.
    if (choices.choice('openChannelsLive') === 'cancel') return ctx.failure(api, 'cancel')
    model.enterLive(channel, live, api, model.isRunning(channel, live) ? 'live' : 'end-page')
    return ok({})
  }
}

/** `openChannelsUserProfile`: the channel's home page. */
export function openProfileHandler(ctx: SimContext, model: ChannelModel): Handler {
  return (params) => {
    const api = 'openChannelsUserProfile'
    // No subject restriction for the channel home page since 2023-12 (docs/platform.md, Related
    // capabilities).
    const { finderUserName } = params
    if (typeof finderUserName !== 'string' || finderUserName === '') {
      return ctx.failure(api, 'invalid parameter finderUserName', 40097)
    }
    return model.channels.has(finderUserName)
      ? ok({})
      : ctx.failure(api, 'invalid finderUserName', 1416100)
  }
}
