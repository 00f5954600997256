// The manifest format (manifests/manifest.schema.json; docs/page-builders.md, "The manifest
// format") as TypeScript: what the validators, the renderer and @taro-live/builder's converters read.

/** The locales a manifest carries texts in. */
export type ManifestLocale = 'zh-CN' | 'en-US'

/** A text in each locale. */
export type LocalizedText = Record<ManifestLocale, string>

/** Where an editor groups a prop. */
export type PropGroup = 'content' | 'behaviour' | 'layout' | 'texts'

/** How an editor edits a prop. */
export type PropWidget =
  | 'text'
  | 'textarea'
  | 'number'
  | 'switch'
  | 'select'
  | 'image'
  | 'channel-id'
  | 'duration'

/** A JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

/** An `x-i18n` entry: the texts of one more locale (the schema's own texts are zh-CN). */
export interface PropTranslation {
  title?: string
  description?: string
  /** Option labels by the option's value (`String(value)`: `false` is `"false"`). */
  options?: Record<string, string>
}

/** One option of an enumerated prop: `oneOf: [{ const, title }]`. */
export interface PropOption {
  const: JsonValue
  title?: string
}

/** The JSON Schema (draft 2020-12) subset the manifests use, with the editor annotations. */
export interface PropSchema {
  $schema?: string
  type?: PropSchemaType | PropSchemaType[]
  title?: string
  description?: string
  default?: JsonValue
  const?: JsonValue
  enum?: JsonValue[]
  oneOf?: PropOption[] | PropSchema[]
  properties?: Record<string, PropSchema>
  required?: string[]
  additionalProperties?: boolean | PropSchema
  items?: boolean | PropSchema
  prefixItems?: PropSchema[]
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  'x-i18n'?: Partial<Record<ManifestLocale, PropTranslation>>
  'x-widget'?: PropWidget
  'x-group'?: PropGroup
  'x-order'?: number
  'x-advanced'?: boolean
  /** Other keywords and annotations are kept as they are. */
  [keyword: string]: unknown
}

/** A JSON Schema primitive type name. */
export type PropSchemaType =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'

/** The props schema: an object schema of the serialisable props. */
export interface PropsSchema extends PropSchema {
  type: 'object'
  properties: Record<string, PropSchema>
}

/** A ReactNode prop: configured in code or by nesting blocks, not as a value. */
export interface ManifestSlot {
  name: string
  title: LocalizedText
  description?: LocalizedText
}

/** A callback prop; `args` is the JSON Schema of its argument tuple (`prefixItems`). */
export interface ManifestEvent {
  name: string
  title: LocalizedText
  description?: LocalizedText
  args: PropSchema
}

/** A prop that only code sets (styling, controlled state, functions). */
export interface ManifestCodeOnlyProp {
  name: string
  reason: string
}

/** A ready-made configuration. */
export interface ManifestExample {
  name: string
  title: LocalizedText
  props: Record<string, JsonValue>
}

/** A widget manifest. */
export interface WidgetManifest {
  $schema?: string
  manifestVersion: 1
  /** The block type, e.g. `live-reserve-card`. */
  type: string
  /** The version of the block's props; configs of an older version are migrated. */
  version: number
  /** The component's export name. */
  name: string
  package: { name: string; version: string }
  import: { module: string; export: string; style?: string }
  title: LocalizedText
  description: LocalizedText
  category: string
  icon?: string
  screenshot?: string
  platforms?: Record<string, 'full' | 'fallback' | 'none' | string>
  placement: 'inline' | 'overlay'
  props: PropsSchema
  slots: ManifestSlot[]
  events: ManifestEvent[]
  codeOnly: ManifestCodeOnlyProp[]
  examples: ManifestExample[]
}
