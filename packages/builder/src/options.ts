import type { ManifestLocale } from '@taro-live/components/manifest'

/** The options every converter takes. */
export interface BuilderOptions {
  /** The locale of titles, descriptions and option labels; default `zh-CN`. */
  locale?: ManifestLocale
}
