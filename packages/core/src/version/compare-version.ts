function parts(version: unknown): number[] {
  if (typeof version !== 'string' && typeof version !== 'number') return []
  // WeChat's own sample compares parseInt of each part: '2.10.4-beta' → 2, 10, 4; garbage → 0.
  // ('' gives [0], which compares as [] does.)
  return String(version)
    .trim()
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0)
}

/**
 * Compares two base-library versions as WeChat does: part by part, numerically, the shorter one
 * padded with zeros. Returns -1, 0 or 1; anything that is not a version counts as `0`. Never throws.
 *
 * `compareVersion('2.29.1', '2.3.0') === 1` (as strings it would be the other way round).
 */
export function compareVersion(a: unknown, b: unknown): -1 | 0 | 1 {
  const x = parts(a)
  const y = parts(b)
  const length = Math.max(x.length, y.length)
  for (let i = 0; i < length; i++) {
    const p = x[i] || 0
    const q = y[i] || 0
    if (p > q) return 1
    if (p < q) return -1
  }
  return 0
}

/** True when `version` is known (not empty) and at least `minimum`. */
export function isVersionAtLeast(version: string, minimum: string): boolean {
  return (
    typeof version === 'string' && version.trim() !== '' && compareVersion(version, minimum) >= 0
  )
}
