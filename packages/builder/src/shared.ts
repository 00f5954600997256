import type {
  JsonValue,
  LocalizedText,
  ManifestLocale,
  PropGroup,
  PropSchema,
  PropSchemaType,
  WidgetManifest,
} from '@taro-live/components/manifest'
import type { BuilderOptions } from './options'

export const LOCALES: readonly ManifestLocale[] = ['zh-CN', 'en-US']
export const DEFAULT_LOCALE: ManifestLocale = 'zh-CN'

export function localeOf(options: BuilderOptions | undefined): ManifestLocale {
  const locale = options?.locale ?? DEFAULT_LOCALE
  if (!LOCALES.includes(locale)) {
    throw new TypeError(`Unknown locale "${String(locale)}": use ${LOCALES.join(' or ')}`)
  }
  return locale
}

export function text(value: LocalizedText | undefined, locale: ManifestLocale): string | undefined {
  if (!value) return undefined
  return value[locale] ?? value[DEFAULT_LOCALE]
}

/** The groups' titles (the manifests name a group; the builders show its title), in order. */
export const GROUPS: readonly PropGroup[] = ['content', 'behaviour', 'layout', 'texts']
const GROUP_TITLES: Record<PropGroup, LocalizedText> = {
  content: { 'zh-CN': '内容', 'en-US': 'Content' },
  behaviour: { 'zh-CN': '行为', 'en-US': 'Behaviour' },
  layout: { 'zh-CN': '布局', 'en-US': 'Layout' },
  texts: { 'zh-CN': '文案', 'en-US': 'Texts' },
}
export const OTHER_GROUP: LocalizedText = { 'zh-CN': '其他', 'en-US': 'Other' }

export function groupTitle(group: PropGroup | undefined, locale: ManifestLocale): string {
  return (group ? GROUP_TITLES[group]?.[locale] : undefined) ?? OTHER_GROUP[locale]
}

/** The manifests' categories' titles; an unknown category shows as its id. */
const CATEGORY_TITLES: Record<string, LocalizedText> = {
  live: { 'zh-CN': '直播', 'en-US': 'Live' },
  member: { 'zh-CN': '会员', 'en-US': 'Members' },
}

export function categoryTitle(category: string, locale: ManifestLocale): string {
  return CATEGORY_TITLES[category]?.[locale] ?? category
}

/** The library's own group in a builder's component panel. */
export const LIBRARY_GROUP: LocalizedText = { 'zh-CN': '视频号直播', 'en-US': 'Channels live' }

/** A prop's title in `locale` (the schema's own title is zh-CN); its name when it has none. */
export function propTitle(schema: PropSchema, name: string, locale: ManifestLocale): string {
  if (locale !== DEFAULT_LOCALE) {
    const translated = schema['x-i18n']?.[locale]?.title
    if (translated) return translated
  }
  return schema.title ?? name
}

export function propDescription(schema: PropSchema, locale: ManifestLocale): string | undefined {
  if (locale !== DEFAULT_LOCALE) {
    const translated = schema['x-i18n']?.[locale]?.description
    if (translated) return translated
  }
  return schema.description
}

export interface EnumOption {
  value: JsonValue
  label: string
}

/** The options of an enumerated prop (`oneOf: [{ const, title }]` or `enum`), in their order. */
export function enumOptions(schema: PropSchema, locale: ManifestLocale): EnumOption[] | undefined {
  const translated = locale === DEFAULT_LOCALE ? undefined : schema['x-i18n']?.[locale]?.options
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((option) => 'const' in option)) {
    return schema.oneOf.map((option) => {
      const value = option.const as JsonValue
      const label = translated?.[String(value)] ?? (option.title as string | undefined)
      return { value, label: label ?? String(value) }
    })
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => ({
      value,
      label: translated?.[String(value)] ?? String(value),
    }))
  }
  return undefined
}

/** A prop's JSON types: its `type`, or the types of its options' values. */
export function schemaTypes(schema: PropSchema): PropSchemaType[] {
  if (typeof schema.type === 'string') return [schema.type]
  if (Array.isArray(schema.type)) return schema.type
  const values = enumOptions(schema, DEFAULT_LOCALE)?.map((option) => option.value)
  if (!values) return []
  const types = new Set<PropSchemaType>()
  for (const value of values) {
    if (value === null) types.add('null')
    else if (Array.isArray(value)) types.add('array')
    else if (typeof value === 'object') types.add('object')
    else if (typeof value === 'number') types.add(Number.isInteger(value) ? 'integer' : 'number')
    else types.add(typeof value as 'string' | 'boolean')
  }
  return [...types]
}

export interface OrderedProp {
  name: string
  schema: PropSchema
  required: boolean
}

/** The props in editor order: `x-order`, then as declared (those without `x-order` last). */
export function orderedProps(manifest: WidgetManifest): OrderedProp[] {
  const required = new Set(manifest.props.required ?? [])
  return Object.entries(manifest.props.properties)
    .map(([name, schema], index) => ({ name, schema, required: required.has(name), index }))
    .sort(
      (a, b) =>
        (a.schema['x-order'] ?? Number.MAX_SAFE_INTEGER) -
          (b.schema['x-order'] ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    )
    .map(({ name, schema, required }) => ({ name, schema, required }))
}

/** The props by group, groups in GROUPS order (props without a known group last). */
export function groupedProps(
  manifest: WidgetManifest,
): { group: PropGroup | undefined; props: OrderedProp[] }[] {
  const groupOf = (prop: OrderedProp) => {
    const group = prop.schema['x-group']
    return group && GROUPS.includes(group) ? group : undefined
  }
  const props = orderedProps(manifest)
  return [...GROUPS, undefined]
    .map((group) => ({ group, props: props.filter((prop) => groupOf(prop) === group) }))
    .filter((entry) => entry.props.length > 0)
}

/** A deep copy of a schema without the editor annotations (`x-*`) and `$schema`. */
export function stripAnnotations(schema: PropSchema): PropSchema {
  return mapSchema(schema, (node) => {
    const copy: PropSchema = {}
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-') || key === '$schema') continue
      copy[key] = value
    }
    return copy
  })
}

/** Applies `transform` to every subschema, bottom-up. */
export function mapSchema(
  schema: PropSchema,
  transform: (node: PropSchema) => PropSchema,
): PropSchema {
  const node: PropSchema = { ...schema }
  if (node.properties) {
    node.properties = fromEntries(
      Object.entries(node.properties).map(([key, value]) => [key, mapSchema(value, transform)]),
    )
  }
  if (node.items && typeof node.items === 'object') node.items = mapSchema(node.items, transform)
  if (node.prefixItems)
    node.prefixItems = node.prefixItems.map((item) => mapSchema(item, transform))
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    node.additionalProperties = mapSchema(node.additionalProperties, transform)
  }
  return transform(node)
}

/** A value as Storybook and LowCodeEngine show a default: JSON. */
export function summary(value: JsonValue): string {
  return JSON.stringify(value)
}

/** The number of arguments of an event. */
export function eventArity(args: PropSchema): number {
  return args.prefixItems?.length ?? 0
}

/** `Object.fromEntries` (ES2019; the packages' source targets ES2018). */
export function fromEntries<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record: Record<string, T> = {}
  for (const [key, value] of entries) record[key] = value
  return record
}
