import { LiveError } from '../errors/live-error'
import { toNumber } from './to-number'

/** The outcome of a parser: a value, or a `malformed-response` {@link LiveError}. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: LiveError }

class FieldProblem extends Error {}

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** Reads fields of an untrusted platform object; a wrong type stops the parse with a precise message. */
export interface FieldReader {
  /** A string, or `fallback` when absent. */
  string(field: string, fallback?: string): string
  /** An id that may arrive as a string or a number; absent or empty gives `undefined`. */
  id(...fields: string[]): string | undefined
  /** An id that must be there, from the first of `fields` present. */
  requiredId(...fields: string[]): string
  /** A finite number given as a number or a numeric string; absent gives `undefined`. */
  number(field: string): number | undefined
  /** A number that must be there. */
  requiredNumber(field: string): number
  /** Epoch seconds that must be there (number or numeric string), returned as epoch milliseconds. */
  epochSeconds(field: string): number
  /** A boolean (also 0/1), or `fallback` when absent. */
  boolean(field: string, fallback: boolean): boolean
  /**
   * An array of objects, each read by `item`. Lenient on purpose: absent, not an array, or an entry
   * that cannot be read gives fewer entries, never a failed parse (`otherInfos` entries are
   * undocumented, docs/platform.md).
   */
  list<T>(field: string, item: (reader: FieldReader) => T): T[]
}

/** A reader for `raw`, which must be a plain object. */
export function fieldReader(raw: unknown, path: string): FieldReader {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FieldProblem(`${path} should be an object, got ${typeName(raw)}`)
  }
  const fields = raw as Record<string, unknown>
  const fail = (field: string, expected: string, got: unknown): never => {
    throw new FieldProblem(`${path}.${field} should be ${expected}, got ${typeName(got)}`)
  }
  const value = (field: string) => (fields[field] === null ? undefined : fields[field])

  const reader: FieldReader = {
    string(field, fallback = '') {
      const v = value(field)
      if (v === undefined) return fallback
      return typeof v === 'string' ? v : fail(field, 'a string', v)
    },
    id(...names) {
      for (const field of names) {
        const v = value(field)
        if (v === undefined || v === '') continue
        if (typeof v === 'string') return v
        if (typeof v === 'number' && Number.isFinite(v)) return String(v)
        fail(field, 'a string or number id', v)
      }
      return undefined
    },
    requiredId(...names) {
      return reader.id(...names) ?? fail(names.join(' or '), 'a string or number id', undefined)
    },
    number(field) {
      const v = value(field)
      if (v === undefined) return undefined
      // replayStatus and startTime come as numbers or strings depending on the source
      // (docs/platform.md, Live status; Notices).
      return toNumber(v) ?? fail(field, 'a number', v)
    },
    requiredNumber(field) {
      return reader.number(field) ?? fail(field, 'a number', undefined)
    },
    epochSeconds(field) {
      const ms = Math.round(reader.requiredNumber(field) * 1000)
      return Number.isFinite(ms) ? ms : fail(field, 'epoch seconds', fields[field])
    },
    boolean(field, fallback) {
      const v = value(field)
      if (v === undefined) return fallback
      if (typeof v === 'boolean') return v
      return v === 0 || v === 1 ? v === 1 : fail(field, 'a boolean', v)
    },
    list<T>(field: string, item: (reader: FieldReader) => T): T[] {
      const v = value(field)
      if (!Array.isArray(v)) return []
      const entries: T[] = []
      v.forEach((entry, i) => {
        try {
          entries.push(item(fieldReader(entry, `${path}.${field}[${i}]`)))
        } catch (problem) {
          // One odd entry must not turn a good answer into a failure: skip it.
          if (!(problem instanceof FieldProblem)) throw problem
        }
      })
      return entries
    },
  }
  return reader
}

/** Runs a reader-based parse and turns any problem into a `malformed-response` error. */
export function parseWith<T>(
  api: string,
  raw: unknown,
  read: (reader: FieldReader) => T,
): ParseResult<T> {
  try {
    return { ok: true, value: read(fieldReader(raw, api)) }
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
