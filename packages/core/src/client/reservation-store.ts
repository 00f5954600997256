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
 * a failing write keeps the record in memory for the session and is reported, never thrown.
 */
export class ReservationStore {
  private records: Map<string, StoredRecord> | undefined

  constructor(
    private readonly storage: PlatformStorage,
    private readonly key: string,
    private readonly clock: Clock,
    private readonly onError: (error: LiveError) => void,
  ) {}

  private load(): Map<string, StoredRecord> {
    if (this.records) return this.records
    const records = new Map<string, StoredRecord>()
    let clean = true
    let raw: unknown
    try {
      raw = this.storage.get(this.key)
    } catch (cause) {
      this.onError(new LiveError('storage-failure', 'Could not read reservations', { cause }))
    }
    if (raw !== undefined && raw !== null) {
      const stored = raw as Partial<StoredReservations>
      const entries =
        typeof raw === 'object' &&
        stored.v === 1 &&
        typeof stored.records === 'object' &&
        stored.records
          ? Object.entries(stored.records)
          : undefined
      if (!entries) clean = false
      const now = this.clock.now()
      for (const [noticeId, record] of entries ?? []) {
        if (isRecord(record) && record.exp > now) records.set(noticeId, record)
        else clean = false
      }
    }
    this.records = records
    if (!clean) this.persist()
    return records
  }

  private persist(): void {
    const records: Record<string, StoredRecord> = {}
    for (const [noticeId, record] of this.load()) records[noticeId] = record
    try {
      this.storage.set(this.key, { v: 1, records } satisfies StoredReservations)
    } catch (cause) {
      this.onError(
        new LiveError('storage-failure', 'Could not save reservations; kept for this session', {
          cause,
        }),
      )
    }
  }

  /** `true` reserved, `false` known not reserved, `undefined` unknown. */
  get(noticeId: string): boolean | undefined {
    const record = this.load().get(noticeId)
    return record && record.exp > this.clock.now() ? record.r : undefined
  }

  /** Records what the user did; `expiresAt` is when the notice is gone for good. */
  set(noticeId: string, reserved: boolean, expiresAt: number): void {
    const records = this.load()
    const now = this.clock.now()
    for (const [id, record] of records) if (record.exp <= now) records.delete(id)
    records.set(noticeId, { r: reserved, exp: expiresAt })
    this.persist()
  }

  /** Drops the record of a notice that is gone. */
  forget(noticeId: string): void {
    if (this.load().delete(noticeId)) this.persist()
  }
}
