import type {
  JsonValue,
  ManifestLocale,
  PropSchema,
  WidgetManifest,
} from '@taro-live/components/manifest'
import type { BuilderOptions } from './options'
import {
  enumOptions,
  fromEntries,
  groupTitle,
  localeOf,
  orderedProps,
  propDescription,
  propTitle,
  schemaTypes,
  summary,
  text,
} from './shared'

/**
 * A Storybook arg type (`InputType` of `storybook/internal/types`): declared here so that the
 * builder does not depend on Storybook; assignable to Storybook's own type.
 */
export type StorybookArgType = {
  name?: string
  description?: string
  control?:
    | false
    | 'text'
    | 'boolean'
    | 'object'
    | { type: 'text' | 'boolean' | 'object' }
    | { type: 'number' | 'range'; min?: number; max?: number; step?: number }
    | { type: 'select' | 'radio' | 'inline-radio'; labels?: Record<string, string> }
  options?: JsonValue[]
  action?: string
  table?: {
    category?: string
    subcategory?: string
    defaultValue?: { summary?: string; detail?: string }
    type?: { summary?: string; detail?: string }
    disable?: boolean
  }
  type?:
    | { name: 'string' | 'number' | 'boolean'; required: boolean }
    | { name: 'other'; value: string; required: boolean }
}

/** Storybook arg types by prop name. */
export type StorybookArgTypes = Record<string, StorybookArgType>

function typeSummary(schema: PropSchema, locale: ManifestLocale): string {
  const options = enumOptions(schema, locale)
  if (options) return options.map((option) => JSON.stringify(option.value)).join(' | ')
  if (schema.properties) {
    const required = new Set(schema.required ?? [])
    return `{ ${Object.entries(schema.properties)
      .map(([key, sub]) => `${key}${required.has(key) ? '' : '?'}: ${typeSummary(sub, locale)}`)
      .join('; ')} }`
  }
  const types = schemaTypes(schema).map((type) => (type === 'integer' ? 'number' : type))
  return types.length > 0 ? [...new Set(types)].join(' | ') : 'unknown'
}

function control(
  schema: PropSchema,
  locale: ManifestLocale,
): Pick<StorybookArgType, 'control' | 'options'> {
  const options = enumOptions(schema, locale)
  if (options) {
    return {
      options: options.map((option) => option.value),
      control: {
        type: 'select',
        labels: fromEntries(options.map((option) => [String(option.value), option.label])),
      },
    }
  }
  const types = schemaTypes(schema)
  if (types.includes('boolean')) return { control: 'boolean' }
  if (types.includes('number') || types.includes('integer')) {
    const config: { type: 'number'; min?: number; max?: number; step?: number } = { type: 'number' }
    if (schema.minimum !== undefined) config.min = schema.minimum
    if (schema.maximum !== undefined) config.max = schema.maximum
    if (schema['x-widget'] === 'duration') config.step = 1000
    else if (types.includes('integer')) config.step = 1
    return { control: config }
  }
  if (types.includes('string')) return { control: 'text' }
  return { control: 'object' }
}

function sbType(schema: PropSchema, required: boolean, locale: ManifestLocale) {
  const types = schemaTypes(schema).map((type) => (type === 'integer' ? 'number' : type))
  const [only] = types
  const simple =
    enumOptions(schema, locale) === undefined &&
    types.length === 1 &&
    (only === 'string' || only === 'number' || only === 'boolean')
  return simple
    ? { name: only as 'string' | 'number' | 'boolean', required }
    : { name: 'other' as const, value: typeSummary(schema, locale), required }
}

/**
 * Storybook `argTypes` of a widget: a control per prop (text, number with its bounds, boolean,
 * select with labels, object), its description, default and group (`table.category`); events as
 * actions (category `events`); slots and code-only props without a control.
 */
export function toStorybookArgTypes(
  manifest: WidgetManifest,
  options: BuilderOptions = {},
): StorybookArgTypes {
  const locale = localeOf(options)
  const argTypes: StorybookArgTypes = {}
  for (const { name, schema, required } of orderedProps(manifest)) {
    const title = propTitle(schema, name, locale)
    const description = propDescription(schema, locale)
    const argType: StorybookArgType = {
      name,
      description: description === undefined ? title : `${title}: ${description}`,
      type: sbType(schema, required, locale),
      ...control(schema, locale),
      table: {
        category: groupTitle(schema['x-group'], locale),
        type: { summary: typeSummary(schema, locale) },
      },
    }
    if (schema.default !== undefined && argType.table) {
      argType.table.defaultValue = { summary: summary(schema.default) }
    }
    argTypes[name] = argType
  }
  for (const slot of manifest.slots ?? []) {
    const title = text(slot.title, locale) ?? slot.name
    const description = text(slot.description, locale)
    argTypes[slot.name] = {
      name: slot.name,
      description: description === undefined ? title : `${title}: ${description}`,
      control: false,
      table: { category: 'slots', type: { summary: 'ReactNode' } },
    }
  }
  for (const event of manifest.events ?? []) {
    argTypes[event.name] = {
      name: event.name,
      description: text(event.title, locale) ?? event.name,
      action: event.name,
      control: false,
      table: { category: 'events' },
    }
  }
  for (const prop of manifest.codeOnly ?? []) {
    argTypes[prop.name] = {
      name: prop.name,
      description: `Code only: ${prop.reason}`,
      control: false,
      table: { category: 'code only' },
    }
  }
  return argTypes
}
