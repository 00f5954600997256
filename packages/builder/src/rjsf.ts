import type { ManifestLocale, PropSchema, WidgetManifest } from '@taro-live/components/manifest'
import type { BuilderOptions } from './options'
import {
  enumOptions,
  fromEntries,
  localeOf,
  orderedProps,
  propDescription,
  propTitle,
  stripAnnotations,
} from './shared'

/** A JSON Schema (draft-07 compatible) for `@rjsf/core`'s `schema`. */
export type JsonSchemaFormSchema = Record<string, unknown>

/** `@rjsf/utils`' `UiSchema` (the part written here). */
export type JsonSchemaFormUiSchema = {
  'ui:order'?: string[]
  'ui:widget'?: string
  'ui:placeholder'?: string
  'ui:help'?: string
  'ui:classNames'?: string
  /** `advanced`: an advanced prop (`x-advanced`), for a form to collapse or hide. */
  'ui:options'?: { advanced: boolean }
  [name: string]: unknown
}

/** `{ schema, uiSchema }` for an rjsf `Form`. */
export type JsonSchemaForm = { schema: JsonSchemaFormSchema; uiSchema: JsonSchemaFormUiSchema }

/** The class of advanced fields' wrappers, for a form to collapse or hide them. */
export const ADVANCED_CLASS = 'taro-live-advanced'

const WIDGETS: Record<string, string> = {
  text: 'text',
  'channel-id': 'text',
  textarea: 'textarea',
  number: 'updown',
  duration: 'updown',
  switch: 'checkbox',
  select: 'select',
  image: 'uri',
}

const HELP = {
  maxLength: {
    'zh-CN': (n: number) => `最多 ${n} 个字`,
    'en-US': (n: number) => `Up to ${n} characters`,
  },
  duration: { 'zh-CN': '单位：毫秒', 'en-US': 'In milliseconds' },
}

/** The schema with its texts in `locale` (titles, descriptions, option titles) and no `x-*`. */
function localize(schema: PropSchema, name: string, locale: ManifestLocale): PropSchema {
  const node: PropSchema = { ...schema, title: propTitle(schema, name, locale) }
  const description = propDescription(schema, locale)
  if (description !== undefined) node.description = description
  const options = enumOptions(schema, locale)
  if (options && Array.isArray(schema.oneOf)) {
    node.oneOf = options.map((option) => ({ const: option.value, title: option.label }))
  }
  if (schema.properties) {
    node.properties = fromEntries(
      Object.entries(schema.properties).map(([key, sub]) => [key, localize(sub, key, locale)]),
    )
  }
  return node
}

function uiField(schema: PropSchema, locale: ManifestLocale): JsonSchemaFormUiSchema {
  const ui: JsonSchemaFormUiSchema = {}
  const widget = schema['x-widget']
  if (widget && WIDGETS[widget]) ui['ui:widget'] = WIDGETS[widget]
  if (widget === 'channel-id') ui['ui:placeholder'] = 'sph…'
  if (widget === 'image') ui['ui:placeholder'] = 'https://…'
  if (widget === 'duration') ui['ui:help'] = HELP.duration[locale]
  else if (schema.maxLength !== undefined && schema.type === 'string') {
    ui['ui:help'] = HELP.maxLength[locale](schema.maxLength)
  }
  if (schema['x-advanced'] === true) {
    ui['ui:classNames'] = ADVANCED_CLASS
    ui['ui:options'] = { advanced: true }
  }
  if (schema.properties) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      const inner = uiField(sub, locale)
      if (Object.keys(inner).length > 0) ui[key] = inner
    }
  }
  return ui
}

/**
 * `{ schema, uiSchema }` for `@rjsf/core` (6) with `@rjsf/validator-ajv8`: the props schema with
 * its texts in the locale and the editor annotations removed (draft-07 compatible: no `$schema`),
 * and a uiSchema with the order (`x-order`), the widgets (`x-widget`), help texts, and advanced
 * props marked (`ui:options.advanced`, class `taro-live-advanced`).
 */
export function toJsonSchemaForm(
  manifest: WidgetManifest,
  options: BuilderOptions = {},
): JsonSchemaForm {
  const locale = localeOf(options)
  const props = orderedProps(manifest)
  const localized: PropSchema = {
    ...manifest.props,
    title: manifest.title[locale],
    description: manifest.description[locale],
    properties: fromEntries(
      props.map(({ name, schema }) => [name, localize(schema, name, locale)]),
    ),
  }
  const schema = stripAnnotations(localized)
  const uiSchema: JsonSchemaFormUiSchema = { 'ui:order': [...props.map((prop) => prop.name), '*'] }
  for (const { name, schema: prop } of props) {
    const ui = uiField(prop, locale)
    if (Object.keys(ui).length > 0) uiSchema[name] = ui
  }
  return { schema: schema as JsonSchemaFormSchema, uiSchema }
}
