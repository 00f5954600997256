import type { Locale } from '@taro-live/hooks'
import { View } from '@tarojs/components'
import { type ComponentType, type ReactNode, useEffect, useRef } from 'react'
import { bem } from '../internal/bem'
import { LiveEmbed, type LiveEmbedProps } from '../live-embed/live-embed'
import {
  LiveFloatingWindow,
  type LiveFloatingWindowProps,
} from '../live-floating-window/live-floating-window'
import { LiveReserveCard, type LiveReserveCardProps } from '../live-reserve-card/live-reserve-card'
import type { ValidationError } from '../manifest/types'
import { validatePage } from '../manifest/validate-page'
import type { WidgetType } from '../manifest/validate-widget-config'
import { ProfileButton, type ProfileButtonProps } from '../profile-button/profile-button'
import { BlockBoundary } from './block-boundary'
import { type LivePageError, messageOf, pageError } from './page-error'

/** The props of each widget type's component. */
export interface WidgetPropsByType {
  'live-floating-window': LiveFloatingWindowProps
  'live-reserve-card': LiveReserveCardProps
  'profile-button': ProfileButtonProps
  'live-embed': LiveEmbedProps
}

/** Options of {@link renderBlocks} (and props of `LivePage`). */
export interface RenderBlocksOptions {
  /**
   * A block that does not validate or throws while rendering, a widget's own failure, or a `blocks`
   * that is not a list: once each, with the block's id (`error.blockId`).
   */
  onError?: (error: LivePageError) => void
  /** The widgets' language unless a block sets its own `locale`, and the errors'. Default zh-CN for errors; the app's for widgets. */
  locale?: Locale
  /** Given to every `ProfileButton` (a function cannot be in a page's JSON). */
  uploadAvatar?: ProfileButtonProps['uploadAvatar']
  /** The component rendered for a widget type instead of the library's (an app's own wrapper). */
  components?: { [Type in WidgetType]?: ComponentType<WidgetPropsByType[Type]> }
}

type AnyWidget = ComponentType<Record<string, unknown>>

const COMPONENTS = {
  'live-floating-window': LiveFloatingWindow,
  'live-reserve-card': LiveReserveCard,
  'profile-button': ProfileButton,
  'live-embed': LiveEmbed,
} as unknown as Record<WidgetType, AnyWidget>

const b = bem('page')

/** Development builds show a placeholder where a block failed; production shows nothing. */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
}

function Placeholder({ label, message }: { label: string; message: string }) {
  if (!isDevelopment()) return null
  return (
    <View className={b('placeholder')} data-block-id={label} style={PLACEHOLDER_STYLE}>
      {`${label}: ${message}`}
    </View>
  )
}

const PLACEHOLDER_STYLE = {
  border: '1px dashed #d9363e',
  color: '#d9363e',
  fontSize: '12px',
  padding: '8px',
  margin: '4px 0',
}

/** A block that did not validate: reports once (StrictMode's second effect run included). */
function FailedBlock({
  error,
  label,
  report,
}: {
  error: LivePageError
  label: string
  report: (error: LivePageError) => void
}) {
  const reported = useRef<string>(undefined)
  const latest = useRef(report)
  latest.current = report
  const key = `${error.blockId} ${error.message}`
  useEffect(() => {
    if (reported.current === key) return
    reported.current = key
    latest.current(error)
  }, [key, error])
  return <Placeholder label={label} message={error.message} />
}

function label(id: string | undefined, type: string | undefined, index: number): string {
  return `${id ?? `#${index + 1}`}${type ? ` (${type})` : ''}`
}

/**
 * Renders a page builder's blocks `[{ id, type, version?, props? }]`: each block is validated and
 * migrated (`validatePage`), then rendered by its widget inside its own error boundary. A block
 * that fails renders nothing (a placeholder with its id and first error in development builds),
 * reports through `onError` with its id, and never affects the others. A `blocks` that is not a
 * list renders nothing and reports once.
 */
export function renderBlocks(blocks: unknown, options: RenderBlocksOptions = {}): ReactNode[] {
  const locale = options.locale
  const report = (error: LivePageError) => options.onError?.(error)
  const page = validatePage(blocks, { locale })
  if (!Array.isArray(blocks)) {
    const first = page.errors[0] as ValidationError
    const error = pageError(undefined, first.message, { validationErrors: page.errors })
    return [<FailedBlock key="page" error={error} label="blocks" report={report} />]
  }
  const separator = locale === 'en-US' ? '; ' : '；'
  return page.blocks.map((block) => {
    const name = label(block.id, block.type, block.index)
    if (!block.ok) {
      const message = block.errors.map((e) => e.message).join(separator)
      const error = pageError(undefined, message, {
        id: block.id,
        type: block.type,
        validationErrors: block.errors,
      })
      return (
        <FailedBlock
          key={`${block.index}:${block.id}`}
          error={error}
          label={name}
          report={report}
        />
      )
    }
    const type = block.type as WidgetType
    const Widget = (options.components?.[type] as AnyWidget | undefined) ?? COMPONENTS[type]
    const props: Record<string, unknown> = { ...block.props }
    if (props.locale === undefined && locale) props.locale = locale
    if (type === 'profile-button' && options.uploadAvatar) props.uploadAvatar = options.uploadAvatar
    const id = block.id
    props.onError = (error: unknown) =>
      report(pageError(error, messageOf(error), { id, type: block.type }))
    return (
      <BlockBoundary
        key={id}
        resetKey={JSON.stringify(block.props)}
        onCatch={(thrown) =>
          report(
            pageError(thrown, `${name}: ${messageOf(thrown)}`, {
              id,
              type: block.type,
            }),
          )
        }
        placeholder={(message) => <Placeholder label={name} message={message} />}
      >
        <Widget {...props} />
      </BlockBoundary>
    )
  })
}
