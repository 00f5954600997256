import { LiveError } from '../errors/live-error'

/** The outcome of a parser: a value, or a `malformed-response` {@link LiveError}. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: LiveError }

class FieldProblem extends Error {}

type Raw = Record<string, unknown>

/** Reads fields of an untrusted platform object; a wrong type stops the parse with a precise message. */
export class FieldReader {
  constructor(
    private readonly raw: Raw,
    private readonly path: string,
  ) {}

  private fail(field: string, expected: string, got: unknown): never {
    const type = got === null ? 'null' : Array.isArray(got) ? 'array' : typeof got
    throw new FieldProblem(`${this.path}.${field} should be ${expected}, got ${type}`)
  }

  private value(field: string): unknown {
    const v = this.raw[field]
    return v === null ? undefined : v
  }

  /** A string, or `fallback` when absent. */
  string(field: string, fallback = ''): string {
    const v = this.value(field)
    if (v === undefined) return fallback
    if (typeof v !== 'string') this.fail(field, 'a string', v)
    return v
  }

  /** An id that may arrive as a string or a number; absent or empty gives `undefined`. */
  id(...fields: string[]): string | undefined {
    for (const field of fields) {
      const v = this.value(field)
      if (v === undefined || v === '') continue
      if (typeof v === 'string') return v
      if (typeof v === 'number' && Number.isFinite(v)) return String(v)
      this.fail(field, 'a string or number id', v)
    }
    return undefined
  }

  /** An id that must be there, from the first of `fields` present. */
  requiredId(...fields: string[]): string {
    const id = this.id(...fields)
    if (id === undefined) this.fail(fields.join(' or '), 'a string or number id', undefined)
    return id
  }

  /** A finite number given as a number or a numeric string; absent gives `undefined`. */
  number(field: string): number | undefined {
    const v = this.value(field)
    if (v === undefined) return undefined
    // replayStatus and startTime come as numbers or strings depending on the source (domain doc §1, §3).
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
    if (typeof n !== 'number' || !Number.isFinite(n)) this.fail(field, 'a number', v)
    return n
  }

  /** A number that must be there. */
  requiredNumber(field: string): number {
    const n = this.number(field)
    if (n === undefined) this.fail(field, 'a number', undefined)
    return n
  }

  /** Epoch seconds that must be there (number or numeric string), returned as epoch milliseconds. */
  epochSeconds(field: string): number {
    const ms = Math.round(this.requiredNumber(field) * 1000)
    if (!Number.isFinite(ms)) this.fail(field, 'epoch seconds', this.raw[field])
    return ms
  }

  /** A boolean (also 0/1), or `fallback` when absent. */
  boolean(field: string, fallback: boolean): boolean {
    const v = this.value(field)
    if (v === undefined) return fallback
    if (typeof v === 'boolean') return v
    if (v === 0 || v === 1) return v === 1
    this.fail(field, 'a boolean', v)
  }

  /** An array of objects, each read by `item`; absent gives `[]`. */
  list<T>(field: string, item: (reader: FieldReader) => T): T[] {
    const v = this.value(field)
    if (v === undefined) return []
    if (!Array.isArray(v)) this.fail(field, 'an array', v)
    return v.map((entry, i) => item(FieldReader.of(entry, `${this.path}.${field}[${i}]`)))
  }

  /** A reader for `raw`, which must be a plain object. */
  static of(raw: unknown, path: string): FieldReader {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const type = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw
      throw new FieldProblem(`${path} should be an object, got ${type}`)
    }
    return new FieldReader(raw as Raw, path)
  }
}

/** Runs a reader-based parse and turns any problem into a `malformed-response` error. */
export function parseWith<T>(
  api: string,
  raw: unknown,
  read: (reader: FieldReader) => T,
): ParseResult<T> {
  try {
    return { ok: true, value: read(FieldReader.of(raw, api)) }
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
