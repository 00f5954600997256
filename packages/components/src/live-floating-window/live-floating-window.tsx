import type { LiveInfo, LiveStatus, LiveStatusClient } from '@taro-live/core'
import { useChannelsLive, useLiveStatusClient, useOpenChannelsLive } from '@taro-live/hooks'
import { designPx, measureElement, type Rect, taroEnv, windowSize } from '@taro-live/hooks/internal'
import { Image, Text, View } from '@tarojs/components'
import {
  type CSSProperties,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { decorative, pressable } from '../internal/a11y'
import { bem, cx } from '../internal/bem'
import type { CommonProps } from '../internal/common-props'
import { useTexts } from '../internal/texts'
import { useReportError } from '../internal/use-report-error'
import { LIVE_FLOATING_WINDOW_TEXTS, type LiveFloatingWindowTexts } from './texts'

/** Parts of {@link LiveFloatingWindow} that take `classNames` / `styles`. */
export type LiveFloatingWindowPart = 'avatar' | 'badge' | 'indicator' | 'label' | 'close'

/** A position of {@link LiveFloatingWindow}: its top-left corner, in window px (as a touch reports). */
export interface LiveFloatingWindowOffset {
  x: number
  y: number
}

/** What `children` as a function of {@link LiveFloatingWindow} gets. */
export interface LiveFloatingWindowRenderProps {
  /** `'preparing'` only with `showWhilePreparing`. */
  status: 'live' | 'preparing'
  /** The live (nickname, avatar `headUrl`, …). */
  info: LiveInfo
  /** The user is dragging it. */
  dragging: boolean
  /** Opens the live room. Call it synchronously in a tap (the bubble's own tap already does). */
  open: () => void
  /** Closes it like the close button; pass the tap's event so it does not reach the bubble. */
  close: (event?: { stopPropagation?: () => void }) => void
}

/** Props of {@link LiveFloatingWindow}. */
export interface LiveFloatingWindowProps
  extends CommonProps<LiveFloatingWindowPart, LiveFloatingWindowTexts> {
  /** The channel id (`sph…`, from the channel's assistant console). */
  finderUserName: string
  /**
   * Your own content inside the tappable part, instead of the avatar, badge and label: a node, or a
   * function of the state. The tap, drag, snap and close stay the widget's. The tappable part then
   * takes its accessible name from this content: say what a tap does in it.
   */
  children?: ReactNode | ((state: LiveFloatingWindowRenderProps) => ReactNode)
  /** Also show while a live is being prepared (status 4). Default `false`. */
  showWhilePreparing?: boolean
  /** A line under the badge (e.g. the live's topic); default none. */
  label?: ReactNode
  /** Where it starts when no `offset`/`defaultOffset` is given. Default `'bottom-right'`. */
  corner?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'
  /**
   * Controlled position `{ x, y }` (top-left, window px); update it from `onOffsetChange`.
   * @deprecated as `[x, y]`: the distance from `corner` in 750-wide design px (default `[24, 240]`).
   */
  offset?: LiveFloatingWindowOffset | [number, number]
  /** Uncontrolled starting position `{ x, y }` (top-left, window px). Default: at `corner`. */
  defaultOffset?: LiveFloatingWindowOffset
  /** The user moved it: the final position after the snap, window px. */
  onOffsetChange?: (offset: LiveFloatingWindowOffset) => void
  /** Let the user drag it. Default `true`; `false` is `axis="lock"`. */
  draggable?: boolean
  /** Directions it can be dragged in. Default `'xy'`. */
  axis?: 'x' | 'y' | 'xy' | 'lock'
  /** The edge it snaps to when let go: nearer side (`'x'`), top/bottom (`'y'`), or none (`false`). Default `'x'`. */
  magnetic?: 'x' | 'y' | false
  /** Space kept to the edge it snaps to, in window px. Default `8`. */
  gap?: number
  /** @deprecated Use `gap` (the same, window px). */
  edgeGap?: number
  /** Show a close button. Default `false`. */
  closable?: boolean
  /**
   * Controlled closed state. Unset (default), closing hides every window of the channel for the
   * session; set, it shows unless `true` and closing only calls `onClose`.
   */
  closed?: boolean
  /** The user closed it. */
  onClose?: () => void
  /** The live room was opened. */
  onOpenLive?: () => void
  /** It became visible (an impression): once per appearance. */
  onShow?: (status: 'live' | 'preparing') => void
  /** The live status changed (went live, ended, …); `previous` is `undefined` for the first known status. */
  onStatusChange?: (status: LiveStatus, previous: LiveStatus | undefined) => void
  /** A drag ended: the final position after the snap, window px. */
  onDragEnd?: (offset: LiveFloatingWindowOffset) => void
}

/**
 * Defaults of the props a page builder can set. Internal (not exported by the package); the
 * manifest's `default`s must equal these (packages/components/test/manifest.test.ts).
 */
export const LIVE_FLOATING_WINDOW_DEFAULTS = {
  showWhilePreparing: false,
  corner: 'bottom-right',
  draggable: true,
  axis: 'xy',
  magnetic: 'x',
  gap: 8,
  closable: false,
} as const

const b = bem('floating-window')
/** Movement (px) below which a touch is a tap, not a drag. */
const DRAG_THRESHOLD = 6
/** A click this soon after a drag ended (or a close) belongs to it, not a tap. */
const CLICK_AFTER_DRAG_MS = 400

/** Channels closed by the user, per client: "for the session" is as long as the app's client lives. */
const closedByClient = new WeakMap<LiveStatusClient, Set<string>>()
const closedListeners = new Set<() => void>()
function closedSet(client: LiveStatusClient): Set<string> {
  let set = closedByClient.get(client)
  if (!set) {
    set = new Set()
    closedByClient.set(client, set)
  }
  return set
}
function subscribeClosed(listener: () => void) {
  closedListeners.add(listener)
  return () => {
    closedListeners.delete(listener)
  }
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max))

interface Drag {
  x: number
  y: number
  moved: boolean
  rect?: Rect
  last?: LiveFloatingWindowOffset
}

/**
 * A floating "live now" bubble: appears by itself while the channel is live, opens the live room on
 * tap (synchronously, as WeChat requires), can be dragged and snaps to an edge. Renders `fallback`
 * where Channels cannot work, and nothing while the channel is not live.
 */
export function LiveFloatingWindow(props: LiveFloatingWindowProps) {
  // `??` rather than parameter defaults: page builders send `null` for "not set".
  const D = LIVE_FLOATING_WINDOW_DEFAULTS
  const { finderUserName } = props
  const showWhilePreparing = props.showWhilePreparing ?? D.showWhilePreparing
  const corner = props.corner ?? D.corner
  const legacy = Array.isArray(props.offset) ? props.offset : undefined
  const controlled =
    props.offset && !legacy ? (props.offset as LiveFloatingWindowOffset) : undefined
  const axis = (props.draggable ?? D.draggable) === false ? 'lock' : (props.axis ?? D.axis)
  const magnetic = props.magnetic ?? D.magnetic
  const gap = props.gap ?? props.edgeGap ?? D.gap
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const latest = useRef(props)
  latest.current = props
  const t = useTexts('liveFloatingWindow', LIVE_FLOATING_WINDOW_TEXTS, props.locale, props.texts)
  const client = useLiveStatusClient()
  const live = useChannelsLive(finderUserName)
  const open = useOpenChannelsLive(finderUserName, {
    onOpen: () => props.onOpenLive?.(),
    onError: (error) => props.onError?.(error),
  })
  useReportError(live.error, props.onError)
  const closedForSession = useSyncExternalStore(
    subscribeClosed,
    () => closedSet(client).has(finderUserName),
    () => false,
  )
  const closed = props.closed ?? closedForSession

  const id = `tl-fw-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const [inner, setInner] = useState(props.defaultOffset ?? undefined)
  const [dragged, setDragged] = useState<LiveFloatingWindowOffset>()
  const [dragging, setDragging] = useState(false)
  const drag = useRef<Drag | null>(null)
  /** Until when a click belongs to the drag or close that just ended, not to a tap. */
  const ignoreClicksUntil = useRef(0)

  const { status, info } = live
  const permanent = live.error && !live.error.retryable && !info
  const unsupported = !live.supported || permanent
  const shown =
    !unsupported &&
    !closed &&
    info &&
    (status === 'live' || (status === 'preparing' && showWhilePreparing))
      ? status
      : undefined

  // Refs survive StrictMode's second effect run: each appearance and change reports once.
  const shownBefore = useRef<typeof shown>(undefined)
  useEffect(() => {
    if (shown && !shownBefore.current) latest.current.onShow?.(shown)
    shownBefore.current = shown
  }, [shown])
  const statusBefore = useRef<LiveStatus>(undefined)
  useEffect(() => {
    const previous = statusBefore.current
    if (!status || status === previous) return
    statusBefore.current = status
    latest.current.onStatusChange?.(status, previous)
  }, [status])

  if (unsupported) return <>{props.fallback ?? null}</>
  if (!shown || !info) return null
  const preparing = shown === 'preparing'

  const touchPoint = (event: unknown) => {
    const touch = (event as { touches?: ArrayLike<{ clientX: number; clientY: number }> })
      .touches?.[0]
    return touch && { x: touch.clientX, y: touch.clientY }
  }
  const onTouchStart = (event: unknown) => {
    const point = axis !== 'lock' && touchPoint(event)
    if (!point) return
    const current: Drag = { ...point, moved: false }
    drag.current = current
    measureElement(id, (rect) => {
      current.rect = rect
    })
  }
  const onTouchMove = (event: unknown) => {
    const current = drag.current
    const point = touchPoint(event)
    if (!current || !point) return
    const dx = axis === 'y' ? 0 : point.x - current.x
    const dy = axis === 'x' ? 0 : point.y - current.y
    if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return
    if (!current.moved) setDragging(true)
    current.moved = true
    const { rect } = current
    const win = windowSize()
    if (!rect || !win) return
    current.last = {
      x: clamp(rect.left + dx, 0, win.width - rect.width),
      y: clamp(rect.top + dy, 0, win.height - rect.height),
    }
    setDragged(current.last)
  }
  const onTouchEnd = () => {
    const current = drag.current
    drag.current = null
    if (!current?.moved) return
    ignoreClicksUntil.current = Date.now() + CLICK_AFTER_DRAG_MS
    setDragging(false)
    const { rect, last } = current
    const win = windowSize()
    if (!rect || !win || !last) return
    let { x, y } = last
    if (magnetic === 'x')
      x = x + rect.width / 2 < win.width / 2 ? gap : win.width - rect.width - gap
    if (magnetic === 'y')
      y = y + rect.height / 2 < win.height / 2 ? gap : win.height - rect.height - gap
    const end = { x, y }
    setDragged(undefined)
    if (!controlled) setInner(end)
    props.onOffsetChange?.(end)
    props.onDragEnd?.(end)
  }
  const onClick = () => {
    if (Date.now() < ignoreClicksUntil.current) return
    // First thing in the tap, no await before it: the user-gesture rule (docs/platform.md, Opening
    // the live room).
    open()
  }
  const close = (event?: { stopPropagation?: () => void }) => {
    event?.stopPropagation?.()
    ignoreClicksUntil.current = Date.now() + CLICK_AFTER_DRAG_MS
    if (props.closed == null) {
      closedSet(client).add(finderUserName)
      for (const listener of [...closedListeners]) listener()
    }
    props.onClose?.()
  }

  const position = dragged ?? controlled ?? inner
  const [x, y] = legacy ?? [24, 240]
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right']
  const placement: CSSProperties = position
    ? { left: `${position.x}px`, top: `${position.y}px` }
    : { [vertical]: designPx(y), [horizontal]: designPx(x) }
  const name = info.nickname || finderUserName
  const badge = preparing ? t.preparing : t.live
  // The accessible name starts with what is visible (WCAG 2.5.3), then says what a tap does.
  const visible = typeof props.label === 'string' ? `${badge} ${props.label}` : badge
  const weapp = taroEnv() === 'weapp'
  const { children } = props
  const a11y = pressable(`${visible}，${t.openLabel.replace('{name}', name)}`)
  // Own content names the button itself: a label it does not show would hide it (WCAG 2.5.3).
  if (children != null) delete a11y['aria-label']

  return (
    <View
      id={id}
      className={cx(b(undefined, { dragging, preparing, [corner]: !position }), props.className)}
      style={{ ...placement, ...props.style }}
      onTouchStart={onTouchStart}
      onTouchMove={onTouchMove}
      onTouchEnd={onTouchEnd}
      onTouchCancel={onTouchEnd}
      // On WeChat only `catchtouchmove` keeps the page from scrolling under a drag.
      {...(weapp && axis !== 'lock' ? { catchMove: true } : {})}
    >
      <View className={b('main')} onClick={onClick} {...a11y}>
        {typeof children === 'function' ? (
          children({ status: shown, info, dragging, open, close })
        ) : children != null ? (
          children
        ) : (
          <>
            <Image
              className={cx(b('avatar'), classNames.avatar)}
              style={styles.avatar}
              src={info.headUrl}
              mode="aspectFill"
              {...decorative()}
            />
            <View className={cx(b('badge'), classNames.badge)} style={styles.badge}>
              <View className={cx(b('indicator'), classNames.indicator)} style={styles.indicator}>
                <View className={b('bar')} />
                <View className={b('bar')} />
                <View className={b('bar')} />
              </View>
              <Text className={b('badge-text')}>{badge}</Text>
            </View>
            {props.label != null && (
              <Text className={cx(b('label'), classNames.label)} style={styles.label}>
                {props.label}
              </Text>
            )}
          </>
        )}
      </View>
      {(props.closable ?? D.closable) && (
        <View
          className={cx(b('close'), classNames.close)}
          style={styles.close}
          onClick={close}
          {...pressable(t.close)}
        >
          ×
        </View>
      )}
    </View>
  )
}
