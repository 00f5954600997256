/** A plain object (JSON's `{}`): not an array, not `null`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The "not set" rule of page builders: a `null` member of an object means "not set", so it is
 * removed, in nested objects too (not in arrays, where `null` is a value). Returns a copy; the input
 * is not changed. Keys are copied as own data properties (a `__proto__` key stays a key, and is
 * then reported as an unknown field, instead of changing the copy's prototype).
 */
export function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls)
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const member = value[key]
    if (member === null) continue
    Object.defineProperty(out, key, {
      value: stripNulls(member),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}
