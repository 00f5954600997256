import type { LiveInfo, NoticeInfo, NoticePhase, ReserveResult } from '@taro-live/core'
import { liveBelongsToNotice } from '@taro-live/core/internal'
import {
  useChannelsLive,
  useChannelsLiveNotice,
  useLocale,
  useOpenChannelsLive,
  useOpenNoticeSheet,
  usePlatform,
} from '@taro-live/hooks'
import { Image, Text, View } from '@tarojs/components'
import { type ReactNode, useEffect, useRef } from 'react'
import { aria, decorative, pressable } from '../internal/a11y'
import { bem, cx } from '../internal/bem'
import type { CommonProps } from '../internal/common-props'
import { useTexts } from '../internal/texts'
import { useNowUntil } from '../internal/use-now-until'
import { useReportError } from '../internal/use-report-error'
import { formatCountdown, formatStartTime, nextLocalMidnight } from './format-time'
import { LIVE_RESERVE_CARD_TEXTS, type LiveReserveCardTexts } from './texts'

/** Parts of {@link LiveReserveCard} that take `classNames` / `styles`. */
export type LiveReserveCardPart = 'cover' | 'body' | 'title' | 'time' | 'badge' | 'button' | 'empty'

/** Which state the card shows. */
export type LiveReserveCardState =
  | 'loading'
  | 'upcoming'
  | 'lingering'
  | 'live'
  | 'empty'
  | 'unsupported'

/** A state the card shows something for (`unsupported` renders `fallback`, never the render prop). */
export type LiveReserveCardShownState = Exclude<LiveReserveCardState, 'unsupported'>

/**
 * What the `children` render prop of {@link LiveReserveCard} gets: the card's state and actions,
 * so an app can draw its own card and keep the behaviour (phases, the lingering hour, the recorded
 * reservation, opening the live room in the tap).
 */
export interface LiveReserveCardRenderProps {
  /** What the card shows: `loading`, `upcoming`, `lingering`, `live` or `empty`. */
  state: LiveReserveCardShownState
  /** The next usable notice; `undefined` while loading or when there is none. */
  notice: NoticeInfo | undefined
  /** The notice's phase (`upcoming` → `lingering` → `expired`); `undefined` without a notice. */
  phase: NoticePhase | undefined
  /** The live while `state` is `live` (its topic is `description`). */
  live: LiveInfo | undefined
  /** This user reserved the notice (recorded from WeChat's popup, kept across launches). */
  reserved: boolean
  /** WeChat's reserve popup is up: ignore taps meanwhile (`reserve` does). */
  reserving: boolean
  /** `false` for a notice WeChat will not take (`reservable: false`): show no active reserve button. */
  reservable: boolean
  /** Milliseconds to the start while the countdown shows (within `countdownWithinMs`), else `undefined`. Re-rendered each second. */
  countdownMs: number | undefined
  /** The start time (epoch ms), `undefined` without a notice. */
  startsAt: number | undefined
  /** The card's own line in the card's locale: "今天 20:00 开播", "距开播 00:09:59", "即将开播", or the live's topic. */
  timeText: string
  /** The start time alone, formatted for the locale ("今天 20:00", "Today 8:00 PM"); `''` without a notice. */
  startsAtText: string
  /** The texts in the card's locale, with the `texts` prop applied. */
  texts: LiveReserveCardTexts
  /**
   * Shows WeChat's reserve popup; the outcome goes to `onReserve`, failures to `onError`. Call it
   * first thing in the tap handler. Does nothing while the popup is up or the notice is not
   * reservable. With `reserveWith="sheet"` (where it works) it opens WeChat's notice sheet instead.
   */
  reserve: () => void
  /**
   * How `reserve` reserves: `'popup'` (the outcome is recorded and reported) or `'sheet'` (WeChat's
   * own notice sheet: what the user did there is not reported, so `reserved` does not change).
   */
  reservesWith: 'popup' | 'sheet'
  /** Opens the live room (`onOpenLive`). WeChat requires it first thing in the tap, synchronously. */
  open: () => void
}

/** Props of {@link LiveReserveCard}. */
export interface LiveReserveCardProps
  extends CommonProps<LiveReserveCardPart, LiveReserveCardTexts> {
  /** The channel id (`sph…`). */
  finderUserName: string
  /** The notice's title. WeChat's notice has none, so it comes from you (or a page builder). */
  title?: ReactNode
  /** Cover image URL; WeChat's notice has none. Default the channel's avatar. */
  cover?: string
  /** Show a countdown when the start is this close (ms). Default 3 hours; 0 turns it off. */
  countdownWithinMs?: number
  /** No notice, expired or ended: `'hide'` renders nothing, `'empty'` an empty state. Default `'hide'`. */
  whenEmpty?: 'hide' | 'empty'
  /**
   * How the reserve button reserves. `'popup'` (default): WeChat's reserve popup for the notice
   * (`reserveChannelsLive`); the card records what the user did. `'sheet'`: WeChat's own notice
   * sheet (`openChannelsLiveNoticeInfo`, base library ≥ 3.13.0), which WeChat draws and keeps up to
   * date, but which reports nothing back: `reserved` stays as it was and `onReserve` is not called
   * (`onOpenNoticeSheet` is). Below 3.13.0, and off WeChat, `'sheet'` uses the popup.
   */
  reserveWith?: 'popup' | 'sheet'
  /** What the user did in the reserve popup (`outcome`, and whether it is now `reserved`). */
  onReserve?: (result: ReserveResult) => void
  /** WeChat's notice sheet opened (`reserveWith="sheet"`); what the user does there is not reported. */
  onOpenNoticeSheet?: () => void
  /** The live room was opened from the card. */
  onOpenLive?: () => void
  /**
   * Impression: the card showed something other than its skeleton for the first time since it
   * mounted (`upcoming`, `lingering`, `live`, or `empty` with `whenEmpty="empty"`). Once per mount.
   */
  onShow?: (state: LiveReserveCardShownState) => void
  /**
   * The card's state changed: `upcoming` → `lingering` → `live` → `empty` (went live, ended, a
   * notice arrived or expired). Not called for the first state after loading (that is `onShow`'s,
   * or read it in the render prop) nor while the card is hidden by `fallback`.
   */
  onStateChange?: (state: LiveReserveCardShownState, previous: LiveReserveCardShownState) => void
  /**
   * Your own card: gets the state and actions and returns what to render instead of the built-in
   * UI (`fallback` still covers unsupported platforms; `whenEmpty="hide"` still renders nothing).
   */
  children?: (card: LiveReserveCardRenderProps) => ReactNode
}

const b = bem('reserve-card')
const noop = () => {}
/**
 * Defaults of the props a page builder can set. Internal (not exported by the package); the
 * manifest's `default`s must equal these (packages/components/test/manifest.test.ts).
 */
export const LIVE_RESERVE_CARD_DEFAULTS = {
  countdownWithinMs: 3 * 60 * 60 * 1000,
  whenEmpty: 'hide',
  reserveWith: 'popup',
} as const

/**
 * The channel's next live notice as a card: upcoming (start time, countdown, "预约" / "已预约"),
 * lingering ("即将开播", still reservable for the hour after the start), live now ("进入直播间"),
 * and hidden or empty once expired. Title and cover come from props: WeChat gives neither.
 */
export function LiveReserveCard(props: LiveReserveCardProps) {
  // `??` rather than parameter defaults: page builders send `null` for "not set".
  const { finderUserName } = props
  const whenEmpty = props.whenEmpty ?? LIVE_RESERVE_CARD_DEFAULTS.whenEmpty
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const contextLocale = useLocale()
  const locale = props.locale ?? contextLocale
  const t = useTexts('liveReserveCard', LIVE_RESERVE_CARD_TEXTS, locale, props.texts)
  const platform = usePlatform()
  const { clock } = platform
  const notice = useChannelsLiveNotice(finderUserName)
  const live = useChannelsLive(finderUserName)
  const open = useOpenChannelsLive(finderUserName, {
    onOpen: () => props.onOpenLive?.(),
    onError: (error) => props.onError?.(error),
  })
  const openSheet = useOpenNoticeSheet(finderUserName, {
    onOpen: () => props.onOpenNoticeSheet?.(),
    onError: (error) => props.onError?.(error),
  })
  // The sheet where it exists; elsewhere the popup (docs/platform.md, WeChat's notice sheet).
  const reservesWith =
    (props.reserveWith ?? LIVE_RESERVE_CARD_DEFAULTS.reserveWith) === 'sheet' &&
    platform.check('openChannelsLiveNoticeInfo') === null
      ? 'sheet'
      : 'popup'
  useReportError(notice.error, props.onError)
  useReportError(live.error, props.onError)

  // The popup is up: a second tap gets the same pending call from the client and must not report
  // the outcome twice. (After the client's timeout a new tap is a new call.)
  const reserving = useRef<Promise<unknown>>()

  const within = props.countdownWithinMs ?? LIVE_RESERVE_CARD_DEFAULTS.countdownWithinMs
  const startTime = notice.notice?.startTime
  const upcoming = notice.phase === 'upcoming' && startTime !== undefined
  const current = clock.now()
  const counting = upcoming && within > 0 && startTime - current <= within
  // Re-render each second while counting down; else when the countdown starts, or at midnight
  // ("明天" becomes "今天").
  let nextAt: number | undefined
  if (counting) nextAt = (Math.floor(current / 1000) + 1) * 1000
  else if (upcoming) {
    const countdownFrom = within > 0 ? startTime - within : Number.POSITIVE_INFINITY
    nextAt = Math.min(countdownFrom, nextLocalMidnight(current))
  }
  const now = useNowUntil(clock, nextAt)

  const state = cardState(notice, live, now)
  const hidden = state === 'unsupported' || (state === 'empty' && whenEmpty === 'hide')
  const events = useRef({
    props,
    shown: false,
    settled: undefined as LiveReserveCardShownState | undefined,
  })
  events.current.props = props
  useEffect(() => {
    const seen = events.current
    if (state === 'loading' || state === 'unsupported') return
    const previous = seen.settled
    seen.settled = state
    if (previous && previous !== state) seen.props.onStateChange?.(state, previous)
    if (!hidden && !seen.shown) {
      seen.shown = true
      seen.props.onShow?.(state)
    }
  }, [state, hidden])

  if (state === 'unsupported') return <>{props.fallback ?? null}</>
  if (hidden) return null

  const part = (name: LiveReserveCardPart, modifiers?: Record<string, boolean>) => ({
    className: cx(b(name, modifiers), classNames[name]),
    style: styles[name],
  })
  const root = cx(b(undefined, { [state]: true }), props.className)

  const info = notice.notice ?? undefined
  const cover = props.cover ?? info?.headUrl ?? live.info?.headUrl
  const title = props.title ?? t.defaultTitle
  let time: string
  // While live the badge says so; the line shows the live's topic, if it has one.
  if (state === 'live') time = live.info?.description ?? ''
  else if (state === 'lingering') time = t.lingering
  else if (counting && startTime !== undefined)
    time = t.countdown.replace('{countdown}', formatCountdown(startTime - now))
  else time = t.startsAt.replace('{time}', formatStartTime(startTime ?? now, now, locale))

  const onReserve = () => {
    // First thing in the tap: the sheet too works only synchronously inside it.
    if (reservesWith === 'sheet') return openSheet()
    const call = notice.reserve()
    if (call === reserving.current) return
    reserving.current = call
    call.then(
      (result) => props.onReserve?.(result),
      (error) => props.onError?.(error),
    )
  }
  const reserved = notice.reserved
  // WeChat's sheet never says what the user did there: the button does not claim a reservation
  // either way (no "已预约", no pressed state) while it opens the sheet.
  const showReserved = reserved && reservesWith === 'popup'
  // Never an active reserve button for a notice WeChat will not take (docs/platform.md).
  const unavailable = state !== 'live' && info?.reservable === false
  const busy = state !== 'live' && notice.reserving
  const buttonLabel =
    state === 'live'
      ? t.enterLive
      : unavailable
        ? t.notReservable
        : busy
          ? t.reserving
          : showReserved
            ? t.reserved
            : t.reserve
  const onButton = state === 'live' ? open : unavailable || busy ? undefined : onReserve

  if (props.children) {
    return (
      <>
        {props.children({
          state,
          notice: info,
          phase: notice.phase,
          live: state === 'live' ? live.info : undefined,
          reserved,
          reserving: notice.reserving,
          reservable: !unavailable,
          countdownMs:
            counting && startTime !== undefined ? Math.max(0, startTime - now) : undefined,
          startsAt: startTime,
          timeText: state === 'loading' || state === 'empty' ? '' : time,
          startsAtText: startTime === undefined ? '' : formatStartTime(startTime, now, locale),
          texts: t,
          reserve: !info || unavailable || busy ? noop : onReserve,
          reservesWith,
          open,
        })}
      </>
    )
  }

  if (state === 'loading') {
    return (
      <View
        className={root}
        style={props.style}
        {...aria({ role: 'status', 'aria-busy': true, 'aria-label': t.loading })}
      >
        <View {...part('cover', { skeleton: true })} />
        <View {...part('body')}>
          <View className={b('skeleton-line')} />
          <View className={b('skeleton-line', { short: true })} />
        </View>
      </View>
    )
  }
  if (state === 'empty') {
    return (
      <View className={root} style={props.style}>
        <Text {...part('empty')}>{t.empty}</Text>
      </View>
    )
  }

  return (
    <View className={root} style={props.style}>
      {cover ? (
        <Image {...part('cover')} src={cover} mode="aspectFill" {...decorative()} />
      ) : (
        <View {...part('cover')} />
      )}
      <View {...part('body')}>
        <Text {...part('title')}>{title}</Text>
        <View className={b('meta')}>
          {state === 'live' && <Text {...part('badge')}>{t.liveNow}</Text>}
          <Text {...part('time')} {...aria({ 'aria-live': counting ? 'off' : 'polite' })}>
            {time}
          </Text>
        </View>
      </View>
      <View
        {...part('button', {
          reserved: showReserved && state !== 'live' && !unavailable,
          live: state === 'live',
          disabled: unavailable,
          busy,
        })}
        // Opening the live room must be the first thing in the tap (docs/platform.md).
        onClick={onButton}
        {...pressable(buttonLabel, {
          pressed:
            state === 'live' || unavailable || reservesWith === 'sheet' ? undefined : reserved,
          disabled: unavailable || busy,
        })}
        {...(busy ? aria({ 'aria-busy': true }) : {})}
      >
        {buttonLabel}
      </View>
    </View>
  )
}

// A live shows on the card only when it plausibly is the notice's live (liveBelongsToNotice in
// core): an unrelated live with a notice for tomorrow leaves the notice and its reserve button.
function cardState(
  notice: ReturnType<typeof useChannelsLiveNotice>,
  live: ReturnType<typeof useChannelsLive>,
  now: number,
): LiveReserveCardState {
  if (live.status === 'live' && liveBelongsToNotice(notice.notice, now)) return 'live'
  const permanent = notice.error && !notice.error.retryable && notice.notice === undefined
  if (!notice.supported || permanent) return 'unsupported'
  if (notice.loading) return 'loading'
  if (notice.phase === 'upcoming' || notice.phase === 'lingering') return notice.phase
  return 'empty'
}
