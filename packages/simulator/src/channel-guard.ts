import type { Answer } from './answer'
import type { Channel, ChannelModel } from './channel-model'
import type { SimContext } from './sim-context'

/** 15 lives or notices per call in all: one at the top level, at most 14 in `otherInfos`. */
export const MAX_OTHER_INFOS = 14

/**
 * The checks every Channels API makes before looking at a channel: a valid `finderUserName`, a
 * known channel, and the subject rule. Returns the channel, or the failure to answer.
 *
 * A channel of a related subject (linked through the Open Platform) passes unless `relatedWorks`
 * is false (`<channel-live>` under one of its variants).
 */
export function channelGuard(
  ctx: SimContext,
  model: ChannelModel,
  api: string,
  finderUserName: unknown,
  relatedWorks = true,
): Channel | Answer {
  if (typeof finderUserName !== 'string' || finderUserName === '') {
    return ctx.failure(api, 'invalid parameter finderUserName', 40097)
  }
  const channel = model.channels.get(finderUserName)
  if (!channel) return ctx.failure(api, 'invalid finderUserName', 1416100)
  if (channel.subject !== 'same' && !(channel.subject === 'related' && relatedWorks)) {
    // Seen both ways when opening the live room (docs/platform.md): with 100008 or with no code.
    const withoutCode =
      api === 'openChannelsLive' && ctx.variants.subjectMismatchOnOpen === 'errmsg-only'
    return ctx.failure(
      api,
      'the channel and the mini program do not share a subject, or the channel is unverified',
      withoutCode ? undefined : 100008,
    )
  }
  return channel
}

export const isAnswer = (value: Channel | Answer): value is Answer => 'ok' in value

/** What an `otherInfos` list looks like under the current variant. */
export function otherInfos(ctx: SimContext, entries: Record<string, unknown>[]): unknown[] {
  if (ctx.variants.otherInfos === 'documented') return entries
  // The entry shape is undocumented (`IAnyObject` in the official typings): odd ones are possible.
  return [null, 'entry', { status: { code: 3 } }, ...entries].slice(0, MAX_OTHER_INFOS)
}
