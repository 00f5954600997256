import type { WidgetManifest } from '@taro-live/components/manifest'

/** Why a value is not a widget manifest. */
export class ManifestError extends TypeError {
  override name = 'ManifestError'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks the shape the converters rely on and returns the value typed as a manifest (a JSON
 * import is typed loosely: `"type": "object"` reads as `string`). It does not validate the props
 * schema itself: the manifest meta-schema does that.
 */
export function readManifest(value: unknown, source = 'manifest'): WidgetManifest {
  const fail = (message: string): never => {
    throw new ManifestError(`${source}: ${message}`)
  }
  if (!isObject(value)) return fail('not an object')
  if (value.manifestVersion !== 1) {
    fail(`manifestVersion ${JSON.stringify(value.manifestVersion)} is not supported (expected 1)`)
  }
  for (const key of ['type', 'name', 'category'] as const) {
    if (typeof value[key] !== 'string') fail(`"${key}" must be a string`)
  }
  if (typeof value.version !== 'number') fail('"version" must be a number')
  const pkg = value.package
  if (!isObject(pkg) || typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
    fail('"package" must be { name, version }')
  }
  const imp = value.import
  if (!isObject(imp) || typeof imp.module !== 'string' || typeof imp.export !== 'string') {
    fail('"import" must be { module, export, style? }')
  }
  for (const key of ['title', 'description'] as const) {
    const text = value[key]
    if (!isObject(text) || typeof text['zh-CN'] !== 'string') {
      fail(`"${key}" must be { "zh-CN", "en-US" }`)
    }
  }
  const props = value.props
  if (!isObject(props) || props.type !== 'object' || !isObject(props.properties)) {
    fail('"props" must be an object schema with "properties"')
  }
  for (const key of ['slots', 'events', 'codeOnly', 'examples'] as const) {
    const list = value[key]
    if (list === undefined) continue
    if (
      !Array.isArray(list) ||
      !list.every((item) => isObject(item) && typeof item.name === 'string')
    ) {
      fail(`"${key}" must be a list of { name, … }`)
    }
  }
  return value as unknown as WidgetManifest
}
