// `@taro-live/components/manifest`: the widgets' manifests, and validation and migration of what a
// page builder saves (docs/page-builders.md). Plain TypeScript: no React, no Taro, no Ajv (the
// validators are precompiled by scripts/build-validators.mjs).
export { MANIFEST_INDEX, MANIFESTS as manifests } from './generated/manifests.js'
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
} from './manifest-format'
export { stripNulls } from './strip-nulls'
export type {
  FieldInfo,
  JsonSchema,
  ManifestIndex,
  ValidateOptions,
  ValidationError,
  ValidationErrorCode,
  WidgetConfigResult,
  WidgetProps,
} from './types'
export {
  type BlockValidation,
  type PageBlock,
  type PageValidation,
  validatePage,
} from './validate-page'
export {
  isWidgetType,
  migrateWidgetConfig,
  validateWidgetConfig,
  WIDGET_TYPES,
  type WidgetType,
} from './validate-widget-config'
