/**
 * A finite number from a number or a numeric string (WeChat sends some numbers as strings:
 * `startTime`, `replayStatus`, sometimes `state` and `err_code`); anything else is `undefined`.
 */
export function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

/** {@link toNumber}, but only whole numbers. */
export function toInteger(value: unknown): number | undefined {
  const n = toNumber(value)
  return n !== undefined && Number.isInteger(n) ? n : undefined
}
