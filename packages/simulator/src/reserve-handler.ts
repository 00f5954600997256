import { type Handler, ok } from './answer'
import { type ChannelModel, LINGER_MS } from './channel-model'
import type { PopupChoices } from './popup-choices'
import type { SimContext } from './sim-context'

/**
 * `reserveChannelsLive`: WeChat's reserve popup. Its outcome comes back only as a `state` number
 * (and not at all on HarmonyOS), which is why each branch names the state it answers.
 */
export function reserveHandler(
  ctx: SimContext,
  model: ChannelModel,
  choices: PopupChoices,
): Handler {
  return (params) => {
    const api = 'reserveChannelsLive'
    const noticeId = params.noticeId
    if (typeof noticeId !== 'string' || noticeId === '')
      return ctx.failure(api, 'invalid parameter noticeId', 40097)
    const notice = model.notices.get(noticeId)
    if (!notice) return ctx.failure(api, 'invalid noticeId', 40097)
    const channel = model.requireChannel(notice.finderUserName)
    const answer = (state: number) => ok(ctx.os === 'harmony' ? {} : { state })
    const pick = choices.choice('reserveChannelsLive')
    if (pick === 'abort') return answer(9)
    if (notice.status === 'cancelled') return answer(3)
    if (channel.statusCode === 2) {
      // Live now: the popup offers the live room instead (states 1/2).
      if (pick !== 'confirm') return answer(1)
      const live = channel.lives[channel.lives.length - 1]
      if (live) model.enterLive(channel, live, api, 'live')
      return answer(2)
    }
    if (notice.status === 'used') return answer(4)
    if (!notice.reservable) return ctx.failure(api, 'the notice cannot be reserved')
    if (ctx.clock.now() >= notice.startTime + LINGER_MS) {
      model.reservedByUser.delete(noticeId)
      return answer(10)
    }
    const had = model.reservedByUser.has(noticeId)
    if (pick === 'close') return answer(had ? 8 : 5)
    if (had) model.reservedByUser.delete(noticeId)
    else model.reservedByUser.add(noticeId)
    return answer(had ? 7 : 6)
  }
}
