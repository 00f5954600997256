import {
  compareVersion,
  LiveError,
  type LiveStatus,
  type NoticeStatus,
  type ParseResult,
  parseLiveInfo,
  parseNoticeInfo,
  type ReserveOutcome,
  reserveOutcome,
  toLiveError,
} from '@taro-live/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const numRuns = 500

const LIVE_STATUSES: readonly LiveStatus[] = ['never', 'live', 'ended', 'preparing', 'unknown']
const NOTICE_STATUSES: readonly NoticeStatus[] = ['usable', 'cancelled', 'used', 'unknown']
const OUTCOMES: readonly ReserveOutcome[] = [
  'declined-live',
  'went-live',
  'cancelled-notice',
  'live-ended',
  'dismissed',
  'reserved',
  'unreserved',
  'unchanged',
  'aborted',
  'expired',
  'unknown',
]

/** Any value, or a value a platform might plausibly send for a numeric or id field. */
const fieldValue = fc.oneof(
  fc.anything(),
  fc.integer({ min: -5, max: 12 }),
  fc.integer({ min: -5, max: 12 }).map(String),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constantFrom(null, undefined, '', ' ', 'abc', '2', '1700000000', Number.NaN),
)

const liveEntry = fc.record(
  {
    status: fieldValue,
    feedId: fieldValue,
    nonceId: fieldValue,
    description: fieldValue,
    headUrl: fieldValue,
    nickname: fieldValue,
    replayStatus: fieldValue,
  },
  { requiredKeys: [] },
)

const liveRecord = fc.record(
  {
    status: fieldValue,
    feedId: fieldValue,
    nonceId: fieldValue,
    description: fieldValue,
    headUrl: fieldValue,
    nickname: fieldValue,
    replayStatus: fieldValue,
    otherInfos: fc.oneof(
      fc.array(fc.oneof(liveEntry, fc.anything()), { maxLength: 3 }),
      fieldValue,
    ),
  },
  { requiredKeys: [] },
)

const noticeEntry = fc.record(
  {
    noticeId: fieldValue,
    nonceId: fieldValue,
    status: fieldValue,
    startTime: fieldValue,
    headUrl: fieldValue,
    nickname: fieldValue,
    reservable: fieldValue,
  },
  { requiredKeys: [] },
)

const noticeRecord = fc.record(
  {
    noticeId: fieldValue,
    nonceId: fieldValue,
    status: fieldValue,
    startTime: fieldValue,
    headUrl: fieldValue,
    nickname: fieldValue,
    reservable: fieldValue,
    otherInfos: fc.oneof(
      fc.array(fc.oneof(noticeEntry, fc.anything()), { maxLength: 3 }),
      fieldValue,
    ),
  },
  { requiredKeys: [] },
)

/** A well-formed live entry: parsing must succeed and map the code exactly. */
const validLive = fc.record({
  status: fc.oneof(fc.integer({ min: -3, max: 10 }), fc.integer({ min: -3, max: 10 }).map(String)),
  feedId: fc.oneof(fc.string(), fc.nat()),
  replayStatus: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 7 })),
})

function checkParse<T extends { status: string }>(
  result: ParseResult<T>,
  statuses: readonly string[],
): void {
  if (result.ok) {
    expect(statuses).toContain(result.value.status)
  } else {
    expect(result.error).toBeInstanceOf(LiveError)
    expect(result.error.code).toBe('malformed-response')
    expect(result.error.retryable).toBe(false)
  }
}

it.each([
  ['parseLiveInfo', parseLiveInfo, LIVE_STATUSES],
  ['parseNoticeInfo', parseNoticeInfo, NOTICE_STATUSES],
] as const)('%s never throws on anything', (_name, parse, statuses) => {
  fc.assert(
    fc.property(fc.anything(), (raw) => {
      checkParse<{ status: string }>(parse(raw), statuses)
    }),
    { numRuns },
  )
})

describe('parseLiveInfo properties', () => {
  it('never throws on records with random field types, and never calls an unknown code live', () => {
    fc.assert(
      fc.property(liveRecord, (raw) => {
        const result = parseLiveInfo(raw)
        checkParse(result, LIVE_STATUSES)
        if (result.ok) {
          expect(result.value.status === 'live').toBe(result.value.statusCode === 2)
          for (const entry of result.value.otherInfos) {
            expect(LIVE_STATUSES).toContain(entry.status)
            expect(entry.status === 'live').toBe(entry.statusCode === 2)
          }
        }
      }),
      { numRuns },
    )
  })

  it('parses every well-formed entry and maps only 1-4', () => {
    const expected = new Map<number, LiveStatus>([
      [1, 'never'],
      [2, 'live'],
      [3, 'ended'],
      [4, 'preparing'],
    ])
    fc.assert(
      fc.property(validLive, (raw) => {
        const result = parseLiveInfo(raw)
        if (!result.ok) throw result.error
        const code = Number(raw.status)
        expect(result.value.statusCode).toBe(code)
        expect(result.value.status).toBe(expected.get(code) ?? 'unknown')
        expect(result.value.feedId).toBe(raw.feedId === '' ? undefined : String(raw.feedId))
      }),
      { numRuns },
    )
  })
})

describe('parseNoticeInfo properties', () => {
  it('never throws on records with random field types; a success has an id and a finite start', () => {
    fc.assert(
      fc.property(noticeRecord, (raw) => {
        const result = parseNoticeInfo(raw)
        checkParse(result, NOTICE_STATUSES)
        if (result.ok) {
          expect(typeof result.value.noticeId).toBe('string')
          expect(result.value.noticeId).not.toBe('')
          expect(Number.isFinite(result.value.startTime)).toBe(true)
          expect(typeof result.value.reservable).toBe('boolean')
          for (const entry of result.value.otherInfos) {
            expect(NOTICE_STATUSES).toContain(entry.status)
          }
        }
      }),
      { numRuns },
    )
  })
})

/** Dotted versions like '2.10.4' or '3.0'. */
const dottedParts = fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 5 })
const dottedVersion = dottedParts.map((parts) => parts.join('.'))

function referenceCompare(a: number[], b: number[]): -1 | 0 | 1 {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const p = a[i] ?? 0
    const q = b[i] ?? 0
    if (p !== q) return p > q ? 1 : -1
  }
  return 0
}

describe('compareVersion properties', () => {
  it('never throws on anything and answers -1, 0 or 1', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        expect([-1, 0, 1]).toContain(compareVersion(a, b))
      }),
      { numRuns },
    )
  })

  it('is antisymmetric on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        // `+` rather than toBe(-x): -0 and 0 are the same answer.
        expect(compareVersion(a, b) + compareVersion(b, a)).toBe(0)
      }),
      { numRuns },
    )
  })

  it('is antisymmetric and reflexive on strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(compareVersion(a, b) + compareVersion(b, a)).toBe(0)
        expect(compareVersion(a, a)).toBe(0)
      }),
      { numRuns },
    )
  })

  it('is antisymmetric and reflexive on dotted versions', () => {
    fc.assert(
      fc.property(dottedVersion, dottedVersion, (a, b) => {
        expect(compareVersion(a, b) + compareVersion(b, a)).toBe(0)
        expect(compareVersion(a, a)).toBe(0)
        expect(compareVersion(b, b)).toBe(0)
      }),
      { numRuns },
    )
  })

  it('matches a numeric part-by-part comparison with zero padding', () => {
    fc.assert(
      fc.property(dottedParts, dottedParts, (a, b) => {
        expect(compareVersion(a.join('.'), b.join('.'))).toBe(referenceCompare(a, b))
      }),
      { numRuns },
    )
  })

  it('ignores trailing zero parts', () => {
    fc.assert(
      fc.property(dottedVersion, fc.integer({ min: 1, max: 3 }), (v, zeros) => {
        expect(compareVersion(v, `${v}${'.0'.repeat(zeros)}`)).toBe(0)
      }),
      { numRuns },
    )
  })

  it('is transitive on dotted versions', () => {
    fc.assert(
      fc.property(dottedVersion, dottedVersion, dottedVersion, (a, b, c) => {
        if (compareVersion(a, b) <= 0 && compareVersion(b, c) <= 0) {
          expect(compareVersion(a, c)).toBeLessThanOrEqual(0)
        }
      }),
      { numRuns },
    )
  })
})

describe('reserveOutcome and toLiveError properties', () => {
  it('reserveOutcome never throws and answers a known outcome', () => {
    fc.assert(
      fc.property(fc.anything(), (state) => {
        const info = reserveOutcome(state)
        expect(OUTCOMES).toContain(info.outcome)
        expect(['reserved', 'not-reserved', 'forget', 'keep']).toContain(info.effect)
        if (info.outcome === 'unknown') expect(info.effect).toBe('keep')
      }),
      { numRuns },
    )
  })

  it('reserveOutcome reads integers 1-10 and only those', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (state) => {
        const info = reserveOutcome(state)
        expect(info.state).toBe(state)
        expect(info.outcome === 'unknown').toBe(state < 1 || state > 10)
        expect(reserveOutcome(String(state))).toStrictEqual(info)
      }),
      { numRuns },
    )
  })

  it('toLiveError never throws and always gives a LiveError with a boolean retryable', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string(), { nil: undefined }), (raw, api) => {
        const error = toLiveError(raw, api)
        expect(error).toBeInstanceOf(LiveError)
        expect(typeof error.retryable).toBe('boolean')
        expect(typeof error.message).toBe('string')
      }),
      { numRuns },
    )
  })

  it('toLiveError never throws on WeChat-shaped fail results', () => {
    const failResult = fc.record(
      {
        errMsg: fc.oneof(fc.string(), fc.anything()),
        err_code: fc.oneof(fc.integer(), fc.integer().map(String), fc.anything()),
        errCode: fc.oneof(fc.integer(), fc.anything()),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(failResult, (raw) => {
        const error = toLiveError(raw, 'getChannelsLiveInfo')
        expect(error).toBeInstanceOf(LiveError)
        expect(error.api).toBe('getChannelsLiveInfo')
      }),
      { numRuns },
    )
  })
})
