import { type Handler, ok } from './answer'
import { channelGuard, isAnswer } from './channel-guard'
import type { ChannelModel } from './channel-model'
import type { PopupChoices } from './popup-choices'
import type { SimContext } from './sim-context'

/**
 * `openChannelsLiveNoticeInfo` (≥ 3.13.0): WeChat's own half-screen notice sheet. WeChat picks the
 * notice (here the channel's first usable one) and the answer is a bare `{ errMsg }` whatever the
 * user did: only WeChat knows whether they reserved (`isReservedByUser`).
 */
export function noticeSheetHandler(
  ctx: SimContext,
  model: ChannelModel,
  choices: PopupChoices,
): Handler {
  return (params, inTap) => {
    const api = 'openChannelsLiveNoticeInfo'
    if (!inTap) return ctx.outsideTap(api)
    const channel = channelGuard(ctx, model, api, params.finderUserName)
    if (isAnswer(channel)) return channel
    const [notice] = model.liveNotices(channel.finderUserName)
    if (!notice) {
      // What WeChat does with no notice is undocumented (docs/platform.md): a failure like "data
      // empty", or an empty sheet the user closes (no popup choice is taken).
      return ctx.variants.noticeSheetWithoutNotice === 'empty-sheet'
        ? ok({})
        : ctx.failure(api, 'data empty', 1416104)
    }
    // An unreservable notice is shown without a reserve button: the user can only close the sheet.
    const pick = choices.choice('openChannelsLiveNoticeInfo')
    if (pick === 'reserve' && notice.reservable) model.reservedByUser.add(notice.noticeId)
    return ok({})
  }
}
