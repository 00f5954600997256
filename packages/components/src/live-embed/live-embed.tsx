import { toLiveError } from '@taro-live/core'
import { canEmbedChannelLive, channelLiveTapOf } from '@taro-live/core/internal'
import { useChannelsLive, useOpenChannelsLive, usePlatform } from '@taro-live/hooks'
import { taroEnv } from '@taro-live/hooks/internal'
import { ChannelLive, Image, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { decorative, pressable } from '../internal/a11y'
import { bem, cx } from '../internal/bem'
import type { CommonProps } from '../internal/common-props'
import { useTexts } from '../internal/texts'
import { useReportError } from '../internal/use-report-error'
import { LIVE_EMBED_TEXTS, type LiveEmbedTexts } from './texts'

/** Parts of {@link LiveEmbed} that take `classNames` / `styles`. */
export type LiveEmbedPart = 'player' | 'card' | 'avatar' | 'name' | 'topic' | 'badge' | 'button'

/** How {@link LiveEmbed} shows the live: WeChat's embedded `<channel-live>`, or the tap-to-open card. */
export type LiveEmbedView = 'embedded' | 'card'

/** Props of {@link LiveEmbed}. */
export interface LiveEmbedProps extends CommonProps<LiveEmbedPart, LiveEmbedTexts> {
  /** The channel id (`sph…`). */
  finderUserName: string
  /**
   * `'auto'` (default): WeChat's embedded live where it works (WeChat, base library ≥ 2.29.0), which
   * jumps to the live room without WeChat's confirmation popup but only for a channel of the mini
   * program's own subject; the tap-to-open card elsewhere. `'card'`: always the card. Choose it for
   * a channel that is not of the mini program's own subject (linked through the Open Platform):
   * the component may refuse it, and WeChat reports nothing a page could see.
   */
  mode?: 'auto' | 'card'
  /** The live room was opened from the tap-to-open card. */
  onOpenLive?: () => void
  /** It became visible (an impression), with how it shows the live: once per appearance. */
  onShow?: (mode: LiveEmbedView) => void
}

/**
 * Defaults of the props a page builder can set. Internal (not exported by the package); the
 * manifest's `default`s must equal these (packages/components/test/manifest.test.ts).
 */
export const LIVE_EMBED_DEFAULTS = { mode: 'auto' } as const

const b = bem('live-embed')

/**
 * The channel's live, in the page, while it is live: WeChat's `<channel-live>` where it can be shown
 * (a tap opens the live room with no confirmation popup), else a card whose tap opens it with
 * `openChannelsLive` (WeChat's popup). Renders nothing while the channel is not live, and `fallback`
 * where Channels cannot work.
 */
export function LiveEmbed(props: LiveEmbedProps) {
  const { finderUserName } = props
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const latest = useRef(props)
  latest.current = props
  const t = useTexts('liveEmbed', LIVE_EMBED_TEXTS, props.locale, props.texts)
  const platform = usePlatform()
  const live = useChannelsLive(finderUserName)
  const open = useOpenChannelsLive(finderUserName, {
    onOpen: () => props.onOpenLive?.(),
    onError: (error) => props.onError?.(error),
  })
  useReportError(live.error, props.onError)
  // The embedded component reported an error (a subject it does not accept, a stale feed): the card
  // takes over for this live.
  const [failedFeed, setFailedFeed] = useState<string>()

  // WeChat renders the component and handles its tap. Under H5 (Storybook, tests, demos on the
  // simulator) it cannot: a stand-in plays it where the simulator can answer its tap, and an error
  // it reports hands over to the card. Anywhere else it is never rendered.
  const simulatedTap = taroEnv() === 'weapp' ? undefined : channelLiveTapOf(platform)
  const { info } = live
  const unsupported = !live.supported || (live.error && !live.error.retryable && !info)
  const isLive = !!info && info.status === 'live'
  // `<channel-live>` needs the live's id; the card does not (openChannelsLive leaves it out from
  // 2.19.2, and asks for it below).
  const feedId = isLive ? info.feedId : undefined
  let mode: LiveEmbedView | undefined
  if (!unsupported && isLive) {
    const embeddable =
      (props.mode ?? LIVE_EMBED_DEFAULTS.mode) === 'auto' &&
      !!feedId &&
      failedFeed !== feedId &&
      (taroEnv() === 'weapp' || !!simulatedTap) &&
      canEmbedChannelLive(platform)
    mode = embeddable ? 'embedded' : 'card'
  }

  const shownBefore = useRef<LiveEmbedView>()
  useEffect(() => {
    if (mode && !shownBefore.current) latest.current.onShow?.(mode)
    shownBefore.current = mode
  }, [mode])

  if (unsupported) return <>{props.fallback ?? null}</>
  if (!mode || !info) return null
  const part = (name: LiveEmbedPart) => ({
    className: cx(b(name), classNames[name]),
    style: styles[name],
  })
  const root = cx(b(undefined, { [mode]: true }), props.className)
  const name = info.nickname || finderUserName
  // The accessible name starts with what is visible (WCAG 2.5.3), then says what a tap does.
  const label = (visible: string[]) =>
    `${visible.filter(Boolean).join(' ')}，${t.openLabel.replace('{name}', name)}`

  if (mode === 'embedded' && feedId) {
    if (!simulatedTap) {
      return (
        <View className={root} style={props.style}>
          <ChannelLive {...part('player')} feedId={feedId} finderUserName={finderUserName} />
        </View>
      )
    }
    const onStandInTap = () => {
      const result = simulatedTap({ finderUserName, feedId })
      if (result.ok) return latest.current.onOpenLive?.()
      setFailedFeed(feedId)
      latest.current.onError?.(toLiveError(result.detail, 'channel-live'))
    }
    return (
      <View className={root} style={props.style}>
        <View
          {...part('player')}
          onClick={onStandInTap}
          {...pressable(label([t.live, info.description]))}
        >
          <Image className={b('poster')} src={info.headUrl} mode="aspectFill" {...decorative()} />
          <Text {...part('badge')}>{t.live}</Text>
        </View>
      </View>
    )
  }

  return (
    <View className={root} style={props.style}>
      <View
        {...part('card')}
        // Opening the live room must be the first thing in the tap (docs/platform.md).
        onClick={open}
        {...pressable(label([t.live, name, info.description, t.enterLive]))}
      >
        <Image {...part('avatar')} src={info.headUrl} mode="aspectFill" {...decorative()} />
        <View className={b('body')}>
          <Text {...part('name')}>
            <Text {...part('badge')}>{t.live}</Text>
            {name}
          </Text>
          {info.description !== '' && <Text {...part('topic')}>{info.description}</Text>}
        </View>
        <Text {...part('button')}>{t.enterLive}</Text>
      </View>
    </View>
  )
}
