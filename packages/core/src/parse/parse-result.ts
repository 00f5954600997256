import { LiveError } from '../errors/live-error'
import { toNumber } from './to-number'

/** The outcome of a parser: a value, or a `malformed-response` {@link LiveError}. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: LiveError }

class FieldProblem extends Error {}

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/**
 * An untrusted platform object and where it sits (`getChannelsLiveInfo.otherInfos[0]`), read with
 * the `read*` functions below: a wrong type stops the parse with a precise message. Free functions,
 * not methods, so a bundle keeps only the readers its parsers use.
 */
export interface Fields {
  readonly path: string
  readonly raw: Readonly<Record<string, unknown>>
}

const fail = (r: Fields, field: string, expected: string, got: unknown): never => {
  throw new FieldProblem(`${r.path}.${field} should be ${expected}, got ${typeName(got)}`)
}

/** A field's value; `null` counts as absent. */
function value(r: Fields, field: string): unknown {
  const v = r.raw[field]
  return v === null ? undefined : v
}

/** `raw` as {@link Fields}; it must be a plain object. */
export function fieldsOf(raw: unknown, path: string): Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FieldProblem(`${path} should be an object, got ${typeName(raw)}`)
  }
  return { path, raw: raw as Record<string, unknown> }
}

/** A string, or `fallback` when absent. */
export function readString(r: Fields, field: string, fallback = ''): string {
  const v = value(r, field)
  if (v === undefined) return fallback
  return typeof v === 'string' ? v : fail(r, field, 'a string', v)
}

const ID = 'a string or number id'

/** An id that may arrive as a string or a number, from the first of `names` present; absent or empty gives `undefined`. */
export function readId(r: Fields, ...names: string[]): string | undefined {
  for (const field of names) {
    const v = value(r, field)
    if (v === undefined || v === '') continue
    if (typeof v === 'string') return v
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
    fail(r, field, ID, v)
  }
  return undefined
}

/** An id that must be there, from the first of `names` present. */
export function readRequiredId(r: Fields, ...names: string[]): string {
  return readId(r, ...names) || fail(r, names.join(' or '), ID, undefined)
}

/** A finite number given as a number or a numeric string; absent gives `undefined`. */
export function readNumber(r: Fields, field: string): number | undefined {
  const v = value(r, field)
  if (v === undefined) return undefined
  // replayStatus and startTime come as numbers or strings depending on the source
  // (docs/platform.md, Live status; Notices).
  return toNumber(v) ?? fail(r, field, 'a number', v)
}

/** A number that must be there. */
export function readRequiredNumber(r: Fields, field: string): number {
  return readNumber(r, field) ?? fail(r, field, 'a number', undefined)
}

/** Epoch seconds that must be there (number or numeric string), returned as epoch milliseconds. */
export function readEpochSeconds(r: Fields, field: string): number {
  const ms = Math.round(readRequiredNumber(r, field) * 1000)
  return Number.isFinite(ms) ? ms : fail(r, field, 'epoch seconds', r.raw[field])
}

/** A boolean (also 0/1), or `fallback` when absent. */
export function readBoolean(r: Fields, field: string, fallback: boolean): boolean {
  const v = value(r, field)
  if (v === undefined) return fallback
  if (typeof v === 'boolean') return v
  return v === 0 || v === 1 ? v === 1 : fail(r, field, 'a boolean', v)
}

/**
 * An array of objects, each read by `item`. Lenient on purpose: absent, not an array, or an entry
 * that cannot be read gives fewer entries, never a failed parse (`otherInfos` entries are
 * undocumented, docs/platform.md).
 */
export function readList<T>(r: Fields, field: string, item: (entry: Fields) => T): T[] {
  const v = value(r, field)
  const entries: T[] = []
  if (Array.isArray(v)) {
    v.forEach((entry, i) => {
      try {
        entries.push(item(fieldsOf(entry, `${r.path}.${field}[${i}]`)))
      } catch (problem) {
        // One odd entry must not turn a good answer into a failure: skip it.
        if (!(problem instanceof FieldProblem)) throw problem
      }
    })
  }
  return entries
}

/** Runs a parse over {@link Fields} and turns any problem into a `malformed-response` error. */
export function parseWith<T>(api: string, raw: unknown, read: (r: Fields) => T): ParseResult<T> {
  try {
    return { ok: true, value: read(fieldsOf(raw, api)) }
  } catch (cause) {
    const detail = cause instanceof FieldProblem ? cause.message : 'unreadable value'
    return {
      ok: false,
      error: new LiveError('malformed-response', `Malformed ${api} result: ${detail}`, {
        api,
        cause,
      }),
    }
  }
}
