// The manifest format is @taro-live/components' (one definition for the validators, the renderer
// and these converters); the converters' own options are here.
import type { ManifestLocale } from '@taro-live/components/manifest'

export type {
  JsonValue,
  LocalizedText,
  ManifestCodeOnlyProp,
  ManifestEvent,
  ManifestExample,
  ManifestLocale,
  ManifestSlot,
  PropGroup,
  PropOption,
  PropSchema,
  PropSchemaType,
  PropsSchema,
  PropTranslation,
  PropWidget,
  WidgetManifest,
} from '@taro-live/components/manifest'

/** The options every converter takes. */
export interface BuilderOptions {
  /** The locale of titles, descriptions and option labels; default `zh-CN`. */
  locale?: ManifestLocale
}
