import { type Answer, ok } from './answer'
import type { CallPipeline } from './call-pipeline'
import { channelGuard, isAnswer } from './channel-guard'
import type { ChannelModel } from './channel-model'
import type { SimContext } from './sim-context'
import type { SimChannelLiveTap, SimLanding } from './types'
import { MIN_BASE_LIBRARY, versionAtLeast } from './wechat-versions'

const COMPONENT = 'channel-live'

/**
 * A tap on `<channel-live feed-id finder-user-name>` (≥ 2.29.0): WeChat jumps to Channels with no
 * confirmation popup. The component fires no event, so the app never learns the outcome; tests
 * read it from the return value, the call log (api `channel-live`) and `visits`.
 */
export function channelLiveTap(
  ctx: SimContext,
  model: ChannelModel,
  pipeline: CallPipeline,
): (props: { finderUserName: string; feedId: string }) => SimChannelLiveTap {
  function decide(props: { finderUserName: string; feedId: string }): Answer {
    if (
      ctx.mode === 'h5-stub' ||
      !versionAtLeast(ctx.baseLibrary, MIN_BASE_LIBRARY[COMPONENT] as string)
    ) {
      return ctx.failure(COMPONENT, 'the component does not exist on this base library')
    }
    // Untested in DevTools (docs/platform.md): played like the Channels APIs there.
    if (ctx.mode === 'devtools') {
      return ctx.failure(COMPONENT, 'not supported in devtools, please use a real device', -14)
    }
    // The component page demands the very same subject; whether a related one (Open Platform)
    // works as for the APIs is undocumented (a variant).
    const relatedWorks = ctx.variants.channelLiveRelatedSubject === 'works'
    const channel = channelGuard(ctx, model, COMPONENT, props.finderUserName, relatedWorks)
    if (isAnswer(channel)) return channel
    const live = channel.lives.find((l) => l.feedId === props.feedId)
    if (!live) return ctx.failure(COMPONENT, 'invalid feedId', 40097)
    const landing: SimLanding = model.isRunning(channel, live)
      ? 'live'
      : model.replayStatus(channel, live) === 1
        ? 'replay'
        : 'end-page'
    model.enterLive(channel, live, COMPONENT, landing)
    return ok({ landing })
  }

  return (props) => {
    const answer = decide(props)
    pipeline.record(COMPONENT, { ...props }, answer)
    if (answer.ok) return { ok: true, landing: answer.result.landing as SimLanding }
    const { errMsg, err_code } = answer.fail
    return { ok: false, detail: err_code === undefined ? { errMsg } : { errMsg, err_code } }
  }
}
