/**
 * `value ?? fallback` for a fallback that is already computed. A function rather than `??`: the
 * build targets ES2018, where every `a.b ?? c` becomes a temporary variable and a ternary, and
 * one call per default is smaller than that once there are a few of them.
 */
export function orDefault<T, D>(value: T | null | undefined, fallback: D): T | D {
  return value != null ? value : fallback
}
