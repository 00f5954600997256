import type {
  JsonValue,
  ManifestEvent,
  ManifestLocale,
  PropSchema,
  WidgetManifest,
} from '@taro-live/components/manifest'
import type { BuilderOptions } from './options'
import {
  categoryTitle,
  enumOptions,
  fromEntries,
  GROUPS,
  groupedProps,
  groupTitle,
  localeOf,
  orderedProps,
  propDescription,
  propTitle,
  schemaTypes,
  stripAnnotations,
  text,
} from './shared'

/**
 * A property of WeDa's `data`: JSON Schema (draft-07) with WeDa's editor keywords: `x-component`
 * (the field's editor), `x-category` (its group), `x-index` (its order), enums as
 * `[{ label, value }]`, slots as `{ type: 'slot' }`.
 */
export type WedaProperty = {
  type?: string | string[]
  title?: string
  description?: string
  default?: JsonValue
  enum?: { label: string; value: JsonValue }[]
  properties?: Record<string, WedaProperty>
  required?: string[]
  'x-component'?: string
  'x-category'?: string
  'x-index'?: number
  [keyword: string]: unknown
}

/** `LCDS.IEvent`. */
export type WedaEvent = {
  name: string
  title: string
  description?: string
  /** The event's `detail`, a JSON Schema (draft-07). */
  detail?: Record<string, unknown>
}

/** WeDa platforms (`meta.platform`). */
export type WedaPlatform = 'MOBILE' | 'MOBILEWEB' | 'MP' | 'PCWEB' | 'WEB'

/**
 * A WeDa (腾讯云微搭) custom-component config (`LCDS.IComponent`, the contract
 * `@cloudbase/cals/lib/schema/lcds_component.json`).
 */
export type WedaComponentConfig = {
  name: string
  data: { type: 'object'; properties: Record<string, WedaProperty>; required?: string[] }
  events: WedaEvent[]
  methods: never[]
  isContainer: boolean
  meta: {
    name: string
    componentName: string
    title: string
    description: string
    category: string
    icon?: string
    figureIcon?: string
    previewImageUrl?: string
    platform: WedaPlatform[]
    group: Record<string, { 'x-index': number; expand: boolean }>
    docsUrl?: string
  }
  /** Where the component comes from, for the WeDa source component that wraps it. */
  extra: {
    source: { package: string; version: string; module: string; export: string; style?: string }
    block: { type: string; version: number }
    codeOnly: string[]
  }
}

/** Options of `toWeDa`. */
export interface WedaOptions extends BuilderOptions {
  /** Turns the manifest's relative `icon` and `screenshot` into URLs (default: kept as written). */
  assetUrl?: (path: string) => string
  /** The documentation page (`meta.docsUrl`). */
  docsUrl?: string
}

/** The manifests' platforms as WeDa names them; only where a widget fully works. */
const PLATFORMS: Record<string, WedaPlatform[]> = { weapp: ['MP'], h5: ['MOBILEWEB'] }

function localize(schema: PropSchema, name: string, locale: ManifestLocale): WedaProperty {
  const plain = stripAnnotations(schema) as Record<string, unknown>
  const property: WedaProperty = { title: propTitle(schema, name, locale) }
  const description = propDescription(schema, locale)
  if (description !== undefined) property.description = description
  for (const [key, value] of Object.entries(plain)) {
    if (key === 'oneOf' || key === 'properties' || key === 'title' || key === 'description')
      continue
    property[key] = value
  }
  const options = enumOptions(schema, locale)
  if (options) {
    if (property.type === undefined) {
      const types = schemaTypes(schema)
      property.type = types.length === 1 ? types[0] : types
    }
    property.enum = options.map((option) => ({ label: option.label, value: option.value }))
    property['x-component'] = options.length <= 3 ? 'radio' : 'select'
  }
  if (schema.properties) {
    property.properties = fromEntries(
      Object.entries(schema.properties).map(([key, sub]) => [key, localize(sub, key, locale)]),
    )
  }
  const widget = schema['x-widget']
  if (widget === 'image') property['x-component'] = 'image'
  if (widget === 'textarea') property['x-component'] = 'textarea'
  return property
}

function detail(event: ManifestEvent): Record<string, unknown> | undefined {
  const args = (event.args.prefixItems ?? []).map((arg) => stripAnnotations(arg))
  if (args.length === 0) return undefined
  const [first] = args
  if (args.length === 1 && first?.type === 'object') return first
  if (args.length === 1) return { type: 'object', properties: { value: first } }
  return {
    type: 'object',
    description: 'args: the callback arguments in order',
    properties: { args: { type: 'array', items: args, minItems: args.length } },
  }
}

/**
 * A WeDa custom-component config: the props as `data` (localised JSON Schema draft-07 with
 * WeDa's `x-component`, `x-category`, `x-index`), slots as `type: 'slot'`, the events with their
 * `detail`, the panel meta and groups. Code-only props are left out (listed in `extra.codeOnly`).
 */
export function toWeDa(manifest: WidgetManifest, options: WedaOptions = {}): WedaComponentConfig {
  const locale = localeOf(options)
  const asset = (path: string | undefined) =>
    path === undefined ? undefined : options.assetUrl ? options.assetUrl(path) : path

  const properties: Record<string, WedaProperty> = {}
  for (const { name, schema } of orderedProps(manifest)) {
    const property = localize(schema, name, locale)
    property['x-category'] = groupTitle(schema['x-group'], locale)
    if (schema['x-order'] !== undefined) property['x-index'] = schema['x-order']
    properties[name] = property
  }
  for (const slot of manifest.slots ?? []) {
    const property: WedaProperty = { type: 'slot', title: text(slot.title, locale) ?? slot.name }
    const description = text(slot.description, locale)
    if (description !== undefined) property.description = description
    properties[slot.name] = property
  }

  const group: WedaComponentConfig['meta']['group'] = {}
  groupedProps(manifest).forEach(({ group: id, props }) => {
    group[groupTitle(id, locale)] = {
      'x-index': id ? GROUPS.indexOf(id) + 1 : GROUPS.length + 1,
      expand: props.some((prop) => prop.schema['x-advanced'] !== true),
    }
  })

  const platform = Object.entries(manifest.platforms ?? { weapp: 'full' })
    .filter(([, support]) => support === 'full')
    .reduce<WedaPlatform[]>((all, [name]) => all.concat(PLATFORMS[name] ?? []), [])

  const config: WedaComponentConfig = {
    name: manifest.name,
    data: { type: 'object', properties },
    events: (manifest.events ?? []).map((event) => {
      const entry: WedaEvent = { name: event.name, title: text(event.title, locale) ?? event.name }
      const description = text(event.description, locale)
      if (description !== undefined) entry.description = description
      const eventDetail = detail(event)
      if (eventDetail) entry.detail = eventDetail
      return entry
    }),
    methods: [],
    isContainer: false,
    meta: {
      name: manifest.type,
      componentName: manifest.name.charAt(0).toLowerCase() + manifest.name.slice(1),
      title: text(manifest.title, locale) ?? manifest.name,
      description: text(manifest.description, locale) ?? '',
      category: categoryTitle(manifest.category, locale),
      platform,
      group,
    },
    extra: {
      source: {
        package: manifest.package.name,
        version: manifest.package.version,
        module: manifest.import.module,
        export: manifest.import.export,
        ...(manifest.import.style === undefined ? {} : { style: manifest.import.style }),
      },
      block: { type: manifest.type, version: manifest.version },
      codeOnly: (manifest.codeOnly ?? []).map((prop) => prop.name),
    },
  }
  const required = manifest.props.required ?? []
  if (required.length > 0) config.data.required = [...required]
  const icon = asset(manifest.icon)
  if (icon !== undefined) config.meta.icon = icon
  const screenshot = asset(manifest.screenshot)
  if (screenshot !== undefined) {
    config.meta.figureIcon = screenshot
    config.meta.previewImageUrl = screenshot
  }
  if (options.docsUrl !== undefined) config.meta.docsUrl = options.docsUrl
  return config
}
