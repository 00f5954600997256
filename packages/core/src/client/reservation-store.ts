import type { Clock } from '../clock/clock'
import { LiveError } from '../errors/live-error'
import type { PlatformStorage } from '../platform/platform'

interface StoredRecord {
  /** Reserved or known not to be. */
  r: boolean
  /** When the record stops mattering (notice start + the lingering hour), epoch ms. */
  exp: number
}

interface StoredReservations {
  v: 1
  records: Record<string, StoredRecord>
}

/** This user's reservations, per notice id. */
export interface ReservationStore {
  /** `true` reserved, `false` known not reserved, `undefined` unknown. */
  get(noticeId: string): boolean | undefined
  /** Records what the user did; `expiresAt` is when the notice is gone for good. */
  set(noticeId: string, reserved: boolean, expiresAt: number): void
  /** Drops the record of a notice that is gone. */
  forget(noticeId: string): void
}

function isRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false
  const { r, exp } = value as { r?: unknown; exp?: unknown }
  return typeof r === 'boolean' && typeof exp === 'number' && Number.isFinite(exp)
}

/**
 * WeChat never reports reservations (docs/platform.md, Notices), so they are recorded from
 * `reserveChannelsLive` states and persisted. Corrupt storage is ignored and rewritten; a failing
 * write keeps the record in memory for the session and is reported, never thrown. Each write
 * re-reads storage first, so two clients on one key do not erase each other's records.
 */
export function createReservationStore(
  storage: PlatformStorage,
  key: string,
  clock: Clock,
  onError: (error: LiveError) => void,
): ReservationStore {
  let cached: Map<string, StoredRecord> | undefined
  /** Changes whose write failed: kept for the session and merged into every later read. */
  const unsaved = new Map<string, StoredRecord | null>()
  const report = (message: string, cause: unknown) =>
    onError(new LiveError('storage-failure', message, { cause }))

  /** Reads storage: `undefined` when it cannot be read; `clean` false when something was dropped. */
  function read(): { records: Map<string, StoredRecord>; clean: boolean } | undefined {
    let raw: unknown
    try {
      raw = storage.get(key)
    } catch (cause) {
      report('Could not read reservations', cause)
      return undefined
    }
    const records = new Map<string, StoredRecord>()
    const stored = (raw ?? { v: 1, records: {} }) as Partial<StoredReservations>
    const valid =
      typeof stored === 'object' &&
      stored.v === 1 &&
      typeof stored.records === 'object' &&
      stored.records
    let clean = !!valid
    const now = clock.now()
    for (const [noticeId, record] of valid ? Object.entries(stored.records as object) : []) {
      if (isRecord(record) && record.exp > now) records.set(noticeId, record)
      else clean = false
    }
    for (const [noticeId, record] of unsaved) {
      if (record) records.set(noticeId, record)
      else records.delete(noticeId)
    }
    return { records, clean }
  }

  function write(records: Map<string, StoredRecord>, change?: [string, StoredRecord | null]): void {
    const out: Record<string, StoredRecord> = {}
    for (const [noticeId, record] of records) out[noticeId] = record
    try {
      storage.set(key, { v: 1, records: out } satisfies StoredReservations)
      unsaved.clear()
    } catch (cause) {
      if (change) unsaved.set(change[0], change[1])
      report('Could not save reservations; kept for this session', cause)
    }
  }

  function load(): Map<string, StoredRecord> {
    if (cached) return cached
    const result = read()
    // A failed read is not cached: the next look may succeed.
    if (!result) return new Map()
    cached = result.records
    if (!result.clean) write(cached)
    return cached
  }

  function update(noticeId: string, record: StoredRecord | null): void {
    // Storage could not be read: build on what this session knows rather than on nothing.
    const records = read()?.records ?? new Map(cached)
    if (record) records.set(noticeId, record)
    else records.delete(noticeId)
    cached = records
    write(records, [noticeId, record])
  }

  return {
    get(noticeId) {
      const record = load().get(noticeId)
      return record && record.exp > clock.now() ? record.r : undefined
    },
    set: (noticeId, reserved, expiresAt) => update(noticeId, { r: reserved, exp: expiresAt }),
    forget: (noticeId) => update(noticeId, null),
  }
}
