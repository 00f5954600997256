import type { LiveStatusClient } from '@taro-live/core'
import {
  designPx,
  measureElement,
  type Rect,
  taroEnv,
  useChannelsLive,
  useLiveClient,
  useOpenChannelsLive,
  windowSize,
} from '@taro-live/hooks'
import { Image, Text, View } from '@tarojs/components'
import {
  type CSSProperties,
  type ReactNode,
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

/** Props of {@link LiveFloatingWindow}. */
export interface LiveFloatingWindowProps
  extends CommonProps<LiveFloatingWindowPart, LiveFloatingWindowTexts> {
  /** The channel id (`sph…`, from the channel's assistant console). */
  finderUserName: string
  /** Also show while a live is being prepared (status 4). Default `false`. */
  showWhilePreparing?: boolean
  /** A line under the badge (e.g. the live's topic); default none. */
  label?: ReactNode
  /** Where it starts. Default `'bottom-right'`. */
  corner?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'
  /** Distance from that corner, `[x, y]` in 750-wide design px. Default `[24, 240]`. */
  offset?: [number, number]
  /** Let the user drag it; it snaps to the nearer side edge when let go. Default `true`. */
  draggable?: boolean
  /** Space kept to the screen edge after snapping, in window px. Default `8`. */
  edgeGap?: number
  /** Show a close button that hides it for the rest of the session. Default `false`. */
  closable?: boolean
  /** The live room was opened. */
  onOpenLive?: () => void
  /** The user closed it. */
  onClose?: () => void
}

const b = bem('floating-window')
/** Movement (px) below which a touch is a tap, not a drag. */
const DRAG_THRESHOLD = 6
/** A click this soon after a drag ended belongs to the drag. */
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
}

/**
 * A floating "live now" bubble: appears by itself while the channel is live, opens the live room on
 * tap (synchronously, as WeChat requires), can be dragged and snaps to an edge. Renders `fallback`
 * where Channels cannot work, and nothing while the channel is not live.
 */
export function LiveFloatingWindow(props: LiveFloatingWindowProps) {
  // `??` rather than parameter defaults: page builders send `null` for "not set".
  const { finderUserName, showWhilePreparing } = props
  const corner = props.corner ?? 'bottom-right'
  const offset = props.offset ?? [24, 240]
  const draggable = props.draggable ?? true
  const edgeGap = props.edgeGap ?? 8
  const classNames = props.classNames ?? {}
  const styles = props.styles ?? {}
  const t = useTexts(LIVE_FLOATING_WINDOW_TEXTS, props.locale, props.texts)
  const client = useLiveClient()
  const live = useChannelsLive(finderUserName)
  const open = useOpenChannelsLive(finderUserName, {
    onOpen: () => props.onOpenLive?.(),
    onError: (error) => props.onError?.(error),
  })
  useReportError(live.error, props.onError)
  const closed = useSyncExternalStore(
    subscribeClosed,
    () => closedSet(client).has(finderUserName),
    () => false,
  )

  const id = `tl-fw-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const [position, setPosition] = useState<{ left: number; top: number }>()
  const [dragging, setDragging] = useState(false)
  const drag = useRef<Drag | null>(null)
  /** When the last drag ended: the click a browser or WeChat may fire right after it is not a tap. */
  const dragEndedAt = useRef(0)

  const permanent = live.error && !live.error.retryable && !live.info
  if (!live.supported || permanent) return <>{props.fallback ?? null}</>
  const { status, info } = live
  const preparing = status === 'preparing'
  if (closed || !info || !(status === 'live' || (preparing && showWhilePreparing))) return null

  const touchPoint = (event: unknown) => {
    const touch = (event as { touches?: ArrayLike<{ clientX: number; clientY: number }> })
      .touches?.[0]
    return touch && { x: touch.clientX, y: touch.clientY }
  }
  const onTouchStart = (event: unknown) => {
    const point = draggable && touchPoint(event)
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
    const dx = point.x - current.x
    const dy = point.y - current.y
    if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return
    if (!current.moved) setDragging(true)
    current.moved = true
    const { rect } = current
    const win = windowSize()
    if (!rect || !win) return
    setPosition({
      left: clamp(rect.left + dx, 0, win.width - rect.width),
      top: clamp(rect.top + dy, 0, win.height - rect.height),
    })
  }
  const onTouchEnd = () => {
    const current = drag.current
    drag.current = null
    if (!current?.moved) return
    dragEndedAt.current = Date.now()
    setDragging(false)
    const { rect } = current
    const win = windowSize()
    if (!rect || !win) return
    setPosition((p) => {
      if (!p) return p
      const toLeft = p.left + rect.width / 2 < win.width / 2
      return { left: toLeft ? edgeGap : win.width - rect.width - edgeGap, top: p.top }
    })
  }
  const onClick = () => {
    if (Date.now() - dragEndedAt.current < CLICK_AFTER_DRAG_MS) return
    // First thing in the tap, no await before it: the user-gesture rule (docs/platform.md, Opening
    // the live room).
    open()
  }
  const onClose = (event: { stopPropagation?: () => void }) => {
    event.stopPropagation?.()
    closedSet(client).add(finderUserName)
    for (const listener of [...closedListeners]) listener()
    props.onClose?.()
  }

  const [x, y] = offset
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right']
  const placement: CSSProperties = position
    ? { left: `${position.left}px`, top: `${position.top}px` }
    : { [vertical]: designPx(y), [horizontal]: designPx(x) }
  const name = info.nickname || finderUserName
  const badge = preparing ? t.preparing : t.live
  // The accessible name starts with what is visible (WCAG 2.5.3), then says what a tap does.
  const visible = typeof props.label === 'string' ? `${badge} ${props.label}` : badge
  const weapp = taroEnv() === 'weapp'

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
      {...(weapp && draggable ? { catchMove: true } : {})}
    >
      <View
        className={b('main')}
        onClick={onClick}
        {...pressable(`${visible}，${t.openLabel.replace('{name}', name)}`)}
      >
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
      </View>
      {props.closable && (
        <View
          className={cx(b('close'), classNames.close)}
          style={styles.close}
          onClick={onClose}
          {...pressable(t.close)}
        >
          ×
        </View>
      )}
    </View>
  )
}
