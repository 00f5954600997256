import type { LiveError } from '@taro-live/core'
import type { Locale } from '@taro-live/hooks'
import type { CSSProperties, ReactNode } from 'react'

/** Props every widget takes. `Part` names its styleable parts. */
export interface CommonProps<Part extends string, Texts> {
  /** Class of the root. */
  className?: string
  /** Style of the root. */
  style?: CSSProperties
  /** Classes of named parts. */
  classNames?: Partial<Record<Part, string>>
  /** Styles of named parts. */
  styles?: Partial<Record<Part, CSSProperties>>
  /** Language of the texts; default `LiveProvider`'s, else zh-CN. */
  locale?: Locale
  /** Overrides of single texts. */
  texts?: Partial<Texts>
  /** Rendered instead when the widget cannot work here (not WeChat, DevTools, a permanent error). Default nothing. */
  fallback?: ReactNode
  /** Every failure, typed; the widget never throws. */
  onError?: (error: LiveError) => void
}
