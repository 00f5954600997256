function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Structural sharing: returns `next`, but reuses every part of `prev` that is deeply equal, and
 * `prev` itself when nothing changed — so an unchanged result keeps its identity and notifies nobody.
 */
export function replaceEqualDeep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T
  const bothArrays = Array.isArray(prev) && Array.isArray(next)
  if (!bothArrays && !(isPlainObject(prev) && isPlainObject(next))) return next
  const prevObject = prev as Record<string, unknown>
  const nextObject = next as Record<string, unknown>
  const prevKeys = Object.keys(prevObject)
  const nextKeys = Object.keys(nextObject)
  const copy = (bothArrays ? [] : {}) as Record<string, unknown>
  let same = prevKeys.length === nextKeys.length
  for (const key of nextKeys) {
    const value = replaceEqualDeep(prevObject[key], nextObject[key])
    copy[key] = value
    if (value !== prevObject[key] || !(key in prevObject)) same = false
  }
  return (same ? prev : copy) as T
}
