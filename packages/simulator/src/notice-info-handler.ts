import { type Handler, ok } from './answer'
import { channelGuard, isAnswer, MAX_OTHER_INFOS, otherInfos } from './channel-guard'
import type { ChannelModel, Notice } from './channel-model'
import type { SimContext } from './sim-context'
import { NOTICE_OTHER_INFOS_FROM, versionAtLeast } from './wechat-versions'

const NOTICE_STATUS_CODES = { usable: 0, cancelled: 1, used: 2 } as const

/** `getChannelsLiveNoticeInfo`: the channel's next notice and, on newer base libraries, later ones. */
export function noticeInfoHandler(ctx: SimContext, model: ChannelModel): Handler {
  return (params) => {
    const api = 'getChannelsLiveNoticeInfo'
    const channel = channelGuard(ctx, model, api, params.finderUserName)
    if (isAnswer(channel)) return channel
    const [first, ...rest] = model.liveNotices(
      channel.finderUserName,
      ctx.variants.spentNotice === 'status',
    )
    // Without a notice the call fails rather than returning nothing; which code it uses is not
    // documented (docs/platform.md).
    if (!first) {
      if (ctx.variants.noNotice === 'err-code-1') return ctx.failure(api, 'no live notice', 1)
      if (ctx.variants.noNotice === 'unknown-code')
        return ctx.failure(api, 'no live notice', 1416199)
      return ctx.failure(api, 'data empty', 1416104)
    }
    const describe = (n: Notice) => ({
      noticeId: n.noticeId,
      status: NOTICE_STATUS_CODES[n.status],
      startTime: String(Math.floor(n.startTime / 1000)),
      headUrl: channel.headUrl,
      nickname: channel.nickname,
      reservable: n.reservable,
    })
    const result: Record<string, unknown> = describe(first)
    // At most 15 notices in all, the first one included.
    if (versionAtLeast(ctx.baseLibrary, NOTICE_OTHER_INFOS_FROM))
      result.otherInfos = otherInfos(ctx, rest.slice(0, MAX_OTHER_INFOS).map(describe))
    return ok(result)
  }
}
