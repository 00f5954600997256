import { validators, WIDGETS } from './generated/validators.js'
import type { ManifestLocale } from './manifest-format'
import { message } from './messages'
import { runMigrations } from './migrations'
import { stripNulls } from './strip-nulls'
import type {
  GeneratedValidatorError,
  ValidateOptions,
  ValidationError,
  ValidationErrorCode,
  WidgetConfigResult,
  WidgetInfo,
} from './types'

/** The block types of the widgets, in the manifests' order. */
export type WidgetType = keyof typeof WIDGETS

/** The block types of the widgets. */
export const WIDGET_TYPES = Object.keys(WIDGETS) as WidgetType[]

/** `type` is one of {@link WIDGET_TYPES} (not an inherited key such as `toString`). */
export function isWidgetType(type: unknown): type is WidgetType {
  return typeof type === 'string' && (WIDGET_TYPES as string[]).indexOf(type) !== -1
}

function error(
  locale: ManifestLocale,
  code: ValidationErrorCode,
  path: string,
  title: string,
  params: Record<string, unknown>,
  info?: WidgetInfo,
): ValidationError {
  const field = info?.fields[path]
  return { path, code, message: message(locale, code, title, params, field), params }
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~')
const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1')

/** Turns the generated validator's errors into merchant-readable ones. */
function toErrors(
  raw: GeneratedValidatorError[],
  info: WidgetInfo,
  locale: ManifestLocale,
): ValidationError[] {
  const zh = locale !== 'en-US'
  const titleOf = (path: string) => {
    const field = info.fields[path]
    if (field) return field.title[zh ? 0 : 1]
    const last = path.split('/').pop()
    return last ? unescapePointer(last) : info.title[zh ? 0 : 1]
  }
  const out: ValidationError[] = []
  const seen = new Set<string>()
  for (const e of raw) {
    const p = e.params
    let code: ValidationErrorCode
    let path = e.instancePath
    let params: Record<string, unknown>
    switch (e.keyword) {
      case 'required':
        code = 'required'
        path = `${path}/${escapePointer(String(p.missingProperty))}`
        params = { field: p.missingProperty }
        break
      case 'additionalProperties':
        code = 'unknown-field'
        path = `${path}/${escapePointer(String(p.additionalProperty))}`
        params = { field: p.additionalProperty }
        break
      case 'type':
        code = 'type'
        params = { type: p.type }
        break
      case 'maxLength':
        code = 'too-long'
        params = { limit: p.limit }
        break
      case 'minLength':
        code = 'too-short'
        params = { limit: p.limit }
        break
      case 'pattern':
        code = 'pattern'
        params = { pattern: p.pattern }
        break
      case 'format':
        code = 'format'
        params = { format: p.format }
        break
      case 'enum':
      case 'const':
        code = 'enum'
        params = { allowed: p.allowedValues ?? [p.allowedValue] }
        break
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        code = 'range'
        params = { comparison: p.comparison, limit: p.limit }
        break
      default:
        // Keywords the manifests do not use today (a future `if`, `oneOf` of objects, …).
        code = 'type'
        params = { keyword: e.keyword }
    }
    const key = `${code} ${path}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(error(locale, code, path, titleOf(path), params, info))
  }
  return out
}

function unknownType(type: unknown, locale: ManifestLocale): WidgetConfigResult {
  return {
    ok: false,
    errors: [error(locale, 'unknown-type', '', '', { type: String(type) })],
  }
}

function badVersion(
  type: WidgetType,
  version: unknown,
  locale: ManifestLocale,
): WidgetConfigResult | undefined {
  const info = WIDGETS[type]
  const ok =
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version <= info.version
  if (ok) return undefined
  return {
    ok: false,
    errors: [
      error(locale, 'unsupported-version', '', info.title[locale === 'en-US' ? 1 : 0], {
        version,
        supported: info.version,
      }),
    ],
  }
}

/**
 * Migrates the props of a `type` config saved at `version` to the widget's current version (see
 * docs/page-builders.md, "Versions and migrations"). `null`s are removed first; nothing is
 * validated. A version newer than the manifest's is an `unsupported-version` error.
 */
export function migrateWidgetConfig(
  type: string,
  version: number | undefined,
  props: unknown,
  options: { locale?: ManifestLocale } = {},
): WidgetConfigResult {
  const locale = options.locale ?? 'zh-CN'
  if (!isWidgetType(type)) return unknownType(type, locale)
  const from = version ?? 1
  const rejected = badVersion(type, from, locale)
  if (rejected) return rejected
  const current = WIDGETS[type].version
  const migrated = runMigrations(type, from, current, stripNulls(props))
  return { ok: true, type, version: current, props: migrated as Record<string, unknown> }
}

/**
 * Validates the props a page builder saved for one widget: `null`s are removed ("not set"), the
 * props are migrated from `options.version` (missing: 1) to the current version, then checked
 * against the widget's props schema. Valid: the props as they go to the component, without
 * defaults (the component applies its own, which equal the manifest's). Never throws.
 */
export function validateWidgetConfig(
  type: string,
  config: unknown,
  options: ValidateOptions = {},
): WidgetConfigResult {
  const locale = options.locale === 'en-US' ? 'en-US' : 'zh-CN'
  const migrated = migrateWidgetConfig(type, options.version, config, { locale })
  if (!migrated.ok) return migrated
  const widget = type as WidgetType
  const info = WIDGETS[widget]
  const validate = validators[widget]
  if (validate(migrated.props)) return migrated
  return { ok: false, errors: toErrors(validate.errors ?? [], info, locale) }
}
