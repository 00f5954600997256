import type {
  JsonValue,
  ManifestLocale,
  PropSchema,
  WidgetManifest,
} from '@taro-live/components/manifest'
import type { BuilderOptions } from './options'
import {
  categoryTitle,
  enumOptions,
  eventArity,
  groupedProps,
  groupTitle,
  LIBRARY_GROUP,
  localeOf,
  orderedProps,
  propDescription,
  propTitle,
  schemaTypes,
  text,
} from './shared'

/*
 * The shapes below are the part of Alibaba LowCodeEngine's component metadata
 * (`IPublicTypeComponentMetadata` of `@alilc/lowcode-types`) this converter writes. They are
 * declared here, not imported, so that using the builder does not require that package (and its
 * React and data-source types); a test assigns every output to the official type.
 */

/** `IPublicTypeBasicType`. */
export type LowCodeBasicType =
  | 'array'
  | 'bool'
  | 'func'
  | 'number'
  | 'object'
  | 'string'
  | 'node'
  | 'element'
  | 'any'

/** `IPublicTypePropType`: a basic type, or one marked required, or a composite one. */
export type LowCodePropType =
  | LowCodeBasicType
  | { type: LowCodeBasicType; isRequired?: boolean }
  | { type: 'oneOf'; value: string[]; isRequired?: boolean }
  | { type: 'oneOfType'; value: LowCodePropType[]; isRequired?: boolean }
  | { type: 'shape' | 'exact'; value: LowCodePropConfig[]; isRequired?: boolean }

/** `IPublicTypePropConfig`: a prop as the component declares it. */
export type LowCodePropConfig = {
  name: string
  propType: LowCodePropType
  description?: string
  defaultValue?: JsonValue
}

/** `IPublicTypeSetterConfig` (serialisable part). */
export type LowCodeSetterConfig = {
  componentName: string
  props?: Record<string, unknown>
  isRequired?: boolean
  initialValue?: JsonValue
}

/** `IPublicTypeTitleConfig`. */
export type LowCodeTitle = { label: string; tip?: string }

/** `IPublicTypeFieldConfig` (serialisable part): a field or a group of the settings panel. */
export type LowCodeFieldConfig = {
  type: 'field' | 'group'
  name?: string
  title: LowCodeTitle
  setter?: LowCodeSetterConfig | string
  items?: LowCodeFieldConfig[]
  isRequired?: boolean
  defaultValue?: JsonValue
  supportVariable?: boolean
  display?: 'accordion' | 'inline' | 'block' | 'plain' | 'popup' | 'entry'
  defaultCollapsed?: boolean
}

/** `ConfigureSupportEventConfig`. */
export type LowCodeEvent = { name: string; description?: string; template?: string }

/** `IPublicTypeSnippet` (serialisable part). */
export type LowCodeSnippet = {
  title: string
  screenshot?: string
  schema: { componentName: string; props: Record<string, JsonValue> }
}

/** `IPublicTypeComponentMetadata` (serialisable part). */
export type LowCodeComponentMetadata = {
  componentName: string
  title: string
  description: string
  docUrl?: string
  screenshot?: string
  icon?: string
  devMode: 'proCode'
  npm: {
    package: string
    version: string
    exportName: string
    main: string
    destructuring: boolean
    subName: string
  }
  props: LowCodePropConfig[]
  configure: {
    props: LowCodeFieldConfig[]
    component: { isContainer: boolean; isModal: boolean }
    supports: { events: LowCodeEvent[]; className: boolean; style: boolean }
  }
  snippets: LowCodeSnippet[]
  category: string
  group: string
}

/** Options of `toLowCodeEngine`. */
export interface LowCodeOptions extends BuilderOptions {
  /** Turns the manifest's relative `icon` and `screenshot` into URLs (default: kept as written). */
  assetUrl?: (path: string) => string
  /** The documentation page (`docUrl`). */
  docUrl?: string
}

const ADVANCED = { 'zh-CN': '高级', 'en-US': 'Advanced' } as const

function basicType(schema: PropSchema): LowCodeBasicType {
  const types = schemaTypes(schema).filter((type) => type !== 'null')
  if (types.length !== 1) return 'any'
  switch (types[0]) {
    case 'string':
      return 'string'
    case 'number':
    case 'integer':
      return 'number'
    case 'boolean':
      return 'bool'
    case 'object':
      return 'object'
    case 'array':
      return 'array'
    default:
      return 'any'
  }
}

function withRequired(type: LowCodePropType, required: boolean): LowCodePropType {
  if (!required) return type
  return typeof type === 'string' ? { type, isRequired: true } : { ...type, isRequired: true }
}

function propType(schema: PropSchema, required: boolean, locale: ManifestLocale): LowCodePropType {
  const options = enumOptions(schema, locale)
  if (options) {
    const values = options.map((option) => option.value)
    if (values.every((value) => typeof value === 'string')) {
      return withRequired({ type: 'oneOf', value: values as string[] }, required)
    }
    const types = [...new Set(schemaTypes(schema).filter((type) => type !== 'null'))]
    return withRequired(
      { type: 'oneOfType', value: types.map((type) => basicType({ type })) },
      required,
    )
  }
  if (schema.properties) {
    const inner = new Set(schema.required ?? [])
    return withRequired(
      {
        type: schema.additionalProperties === false ? 'exact' : 'shape',
        value: Object.entries(schema.properties).map(([name, sub]) =>
          propConfig(name, sub, inner.has(name), locale),
        ),
      },
      required,
    )
  }
  return withRequired(basicType(schema), required)
}

function propConfig(
  name: string,
  schema: PropSchema,
  required: boolean,
  locale: ManifestLocale,
): LowCodePropConfig {
  const config: LowCodePropConfig = {
    name,
    propType: propType(schema, required, locale),
    description: propTitle(schema, name, locale),
  }
  if (schema.default !== undefined) config.defaultValue = schema.default
  return config
}

function title(schema: PropSchema, name: string, locale: ManifestLocale): LowCodeTitle {
  const label = propTitle(schema, name, locale)
  const tip = propDescription(schema, locale)
  return tip === undefined ? { label } : { label, tip }
}

function setter(
  schema: PropSchema,
  required: boolean,
  locale: ManifestLocale,
): LowCodeSetterConfig {
  const withCommon = (config: LowCodeSetterConfig): LowCodeSetterConfig => {
    if (required) config.isRequired = true
    if (schema.default !== undefined) config.initialValue = schema.default
    return config
  }
  const options = enumOptions(schema, locale)
  if (options) {
    return withCommon({
      componentName: 'SelectSetter',
      props: { options: options.map((option) => ({ title: option.label, value: option.value })) },
    })
  }
  const widget = schema['x-widget']
  const type = basicType(schema)
  if (widget === 'switch' || type === 'bool') return withCommon({ componentName: 'BoolSetter' })
  if (widget === 'number' || widget === 'duration' || type === 'number') {
    const props: Record<string, unknown> = {}
    if (schema.minimum !== undefined) props.min = schema.minimum
    if (schema.maximum !== undefined) props.max = schema.maximum
    if (schema.type === 'integer') props.precision = 0
    if (widget === 'duration') {
      props.step = 1000
      props.units = 'ms'
    }
    return withCommon({ componentName: 'NumberSetter', props })
  }
  if (widget === 'textarea') return withCommon({ componentName: 'TextAreaSetter' })
  if (type === 'string') {
    const props: Record<string, unknown> = {}
    if (widget === 'image' || widget === 'channel-id' || schema.format === 'uri') {
      props.placeholder = widget === 'channel-id' ? 'sph…' : 'https://'
    }
    return withCommon(
      Object.keys(props).length > 0
        ? { componentName: 'StringSetter', props }
        : { componentName: 'StringSetter' },
    )
  }
  if (type === 'object' && schema.properties) {
    const inner = new Set(schema.required ?? [])
    return withCommon({
      componentName: 'ObjectSetter',
      props: {
        config: {
          items: Object.entries(schema.properties).map(([name, sub]) =>
            field(name, sub, inner.has(name), locale),
          ),
        },
      },
    })
  }
  return withCommon({ componentName: 'JsonSetter' })
}

function field(
  name: string,
  schema: PropSchema,
  required: boolean,
  locale: ManifestLocale,
): LowCodeFieldConfig {
  const config: LowCodeFieldConfig = {
    type: 'field',
    name,
    title: title(schema, name, locale),
    setter: setter(schema, required, locale),
    supportVariable: true,
  }
  if (required) config.isRequired = true
  if (schema.default !== undefined) config.defaultValue = schema.default
  if (basicType(schema) === 'object') {
    config.display = 'accordion'
    config.defaultCollapsed = schema['x-advanced'] === true
  }
  return config
}

/** LowCodeEngine's placeholder for the extra params a handler is bound with. */
const EXT_PARAMS = '$' + '{extParams}'

/** The handler LowCodeEngine writes when an event is bound (its `template`). */
function eventTemplate(name: string, arity: number, comment: string): string {
  const args = Array.from({ length: arity }, (_, index) => `arg${index + 1}`)
  const log = [`'${name}'`, ...args].join(', ')
  return `${name}(${[...args, EXT_PARAMS].join(',')}){\n// ${comment}\nconsole.log(${log});}`
}

/**
 * Alibaba LowCodeEngine component metadata (`IPublicTypeComponentMetadata`) of a widget: the
 * props' types, the settings panel (grouped by `x-group`, advanced props in a collapsed
 * "Advanced" group), the events, and a snippet per example. Slots are `node` props edited with
 * `SlotSetter`; code-only props are left out.
 */
export function toLowCodeEngine(
  manifest: WidgetManifest,
  options: LowCodeOptions = {},
): LowCodeComponentMetadata {
  const locale = localeOf(options)
  const asset = (path: string | undefined) =>
    path === undefined ? undefined : options.assetUrl ? options.assetUrl(path) : path
  const packageName = manifest.package.name
  const main = manifest.import.module.startsWith(`${packageName}/`)
    ? manifest.import.module.slice(packageName.length + 1)
    : ''

  const props: LowCodePropConfig[] = orderedProps(manifest).map(({ name, schema, required }) =>
    propConfig(name, schema, required, locale),
  )
  for (const slot of manifest.slots ?? []) {
    props.push({
      name: slot.name,
      propType: 'node',
      description: text(slot.title, locale) ?? slot.name,
    })
  }
  for (const event of manifest.events ?? []) {
    props.push({
      name: event.name,
      propType: 'func',
      description: text(event.title, locale) ?? event.name,
    })
  }

  const groups: LowCodeFieldConfig[] = groupedProps(manifest).map(({ group, props: inGroup }) => {
    const fields = inGroup.filter((prop) => prop.schema['x-advanced'] !== true)
    const advanced = inGroup.filter((prop) => prop.schema['x-advanced'] === true)
    const items = fields.map((prop) => field(prop.name, prop.schema, prop.required, locale))
    if (advanced.length > 0) {
      items.push({
        type: 'group',
        title: { label: ADVANCED[locale] },
        display: 'accordion',
        defaultCollapsed: true,
        items: advanced.map((prop) => field(prop.name, prop.schema, prop.required, locale)),
      })
    }
    return { type: 'group', title: { label: groupTitle(group, locale) }, display: 'block', items }
  })
  const slots = manifest.slots ?? []
  if (slots.length > 0) {
    groups.push({
      type: 'group',
      title: { label: locale === 'zh-CN' ? '插槽' : 'Slots' },
      display: 'block',
      items: slots.map((slot) => {
        const tip = text(slot.description, locale)
        const label = text(slot.title, locale) ?? slot.name
        return {
          type: 'field',
          name: slot.name,
          title: tip === undefined ? { label } : { label, tip },
          setter: { componentName: 'SlotSetter', initialValue: { type: 'JSSlot', value: [] } },
          supportVariable: false,
        } satisfies LowCodeFieldConfig
      }),
    })
  }

  const metadata: LowCodeComponentMetadata = {
    componentName: manifest.name,
    title: text(manifest.title, locale) ?? manifest.name,
    description: text(manifest.description, locale) ?? '',
    devMode: 'proCode',
    npm: {
      package: packageName,
      version: manifest.package.version,
      exportName: manifest.import.export,
      main,
      destructuring: true,
      subName: '',
    },
    props,
    configure: {
      props: groups,
      component: { isContainer: false, isModal: false },
      supports: {
        events: (manifest.events ?? []).map((event) => {
          const description = text(event.title, locale) ?? event.name
          return {
            name: event.name,
            description,
            template: eventTemplate(event.name, eventArity(event.args), description),
          }
        }),
        // Styling is the app's code (the manifests' codeOnly), not page configuration.
        className: false,
        style: false,
      },
    },
    snippets: (manifest.examples ?? []).map((example) => {
      const snippet: LowCodeSnippet = {
        title: text(example.title, locale) ?? example.name,
        schema: { componentName: manifest.name, props: example.props },
      }
      const screenshot = asset(manifest.screenshot)
      if (screenshot !== undefined) snippet.screenshot = screenshot
      return snippet
    }),
    category: categoryTitle(manifest.category, locale),
    group: text(LIBRARY_GROUP, locale) ?? '',
  }
  const screenshot = asset(manifest.screenshot)
  if (screenshot !== undefined) metadata.screenshot = screenshot
  const icon = asset(manifest.icon)
  if (icon !== undefined) metadata.icon = icon
  if (options.docUrl !== undefined) metadata.docUrl = options.docUrl
  return metadata
}
