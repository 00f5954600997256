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

function isRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false
  const { r, exp } = value as { r?: unknown; exp?: unknown }
  return typeof r === 'boolean' && typeof exp === 'number' && Number.isFinite(exp)
}

/**
 * This user's reservations, per notice id. WeChat never reports them (domain doc §3), so they are
 * recorded from `reserveChannelsLive` states and persisted. Corrupt storage is ignored and rewritten;
 * a failing write keeps the record in memory for the session and is reported, never thrown. Each
 * write re-reads storage first, so two clients on one key do not erase each other's records.
 */
export class ReservationStore {
  private records: Map<string, StoredRecord> | undefined
  /** Records whose write failed: kept for the session and merged into every later write. */
  private readonly unsaved = new Map<string, StoredRecord | null>()

  constructor(
    private readonly storage: PlatformStorage,
    private readonly key: string,
    private readonly clock: Clock,
    private readonly onError: (error: LiveError) => void,
  ) {}

  /** Reads storage; `clean` is false when something in it had to be dropped. */
  private read(): { records: Map<string, StoredRecord>; clean: boolean; readable: boolean } {
    const records = new Map<string, StoredRecord>()
    let raw: unknown
    try {
      raw = this.storage.get(this.key)
    } catch (cause) {
      this.onError(new LiveError('storage-failure', 'Could not read reservations', { cause }))
      return { records, clean: true, readable: false }
    }
    if (raw === undefined || raw === null) return { records, clean: true, readable: true }
    const stored = raw as Partial<StoredReservations>
    const valid =
      typeof raw === 'object' &&
      stored.v === 1 &&
      typeof stored.records === 'object' &&
      stored.records
    let clean = Boolean(valid)
    const now = this.clock.now()
    for (const [noticeId, record] of valid ? Object.entries(stored.records as object) : []) {
      if (isRecord(record) && record.exp > now) records.set(noticeId, record)
      else clean = false
    }
    for (const [noticeId, record] of this.unsaved) {
      if (record) records.set(noticeId, record)
      else records.delete(noticeId)
    }
    return { records, clean, readable: true }
  }

  private load(): Map<string, StoredRecord> {
    if (this.records) return this.records
    const { records, clean, readable } = this.read()
    // A failed read is not cached: the next look may succeed.
    if (!readable) return records
    this.records = records
    if (!clean) this.write(records, undefined)
    return records
  }

  private write(
    records: Map<string, StoredRecord>,
    change: [string, StoredRecord | null] | undefined,
  ): void {
    const out: Record<string, StoredRecord> = {}
    for (const [noticeId, record] of records) out[noticeId] = record
    try {
      this.storage.set(this.key, { v: 1, records: out } satisfies StoredReservations)
      this.unsaved.clear()
    } catch (cause) {
      if (change) this.unsaved.set(change[0], change[1])
      this.onError(
        new LiveError('storage-failure', 'Could not save reservations; kept for this session', {
          cause,
        }),
      )
    }
  }

  private update(noticeId: string, record: StoredRecord | null): void {
    const { records, readable } = this.read()
    // Storage could not be read: build on what this session knows rather than on nothing.
    if (!readable) for (const [id, value] of this.records ?? []) records.set(id, value)
    if (record) records.set(noticeId, record)
    else records.delete(noticeId)
    this.records = records
    this.write(records, [noticeId, record])
  }

  /** `true` reserved, `false` known not reserved, `undefined` unknown. */
  get(noticeId: string): boolean | undefined {
    const record = this.load().get(noticeId)
    return record && record.exp > this.clock.now() ? record.r : undefined
  }

  /** Records what the user did; `expiresAt` is when the notice is gone for good. */
  set(noticeId: string, reserved: boolean, expiresAt: number): void {
    this.update(noticeId, { r: reserved, exp: expiresAt })
  }

  /** Drops the record of a notice that is gone. */
  forget(noticeId: string): void {
    this.update(noticeId, null)
  }
}
