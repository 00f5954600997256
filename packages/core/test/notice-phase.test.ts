import { NOTICE_LINGER_MS, nextNoticePhaseChange, noticePhase } from '@taro-live/core'
import { liveBelongsToNotice } from '@taro-live/core/internal'
import { describe, expect, it } from 'vitest'

const start = 1_700_000_000_000
const notice = { startTime: start }

describe('noticePhase', () => {
  it('lingers for exactly one hour', () => {
    expect(NOTICE_LINGER_MS).toBe(3_600_000)
  })

  it.each([
    { at: 'start - 1 day', now: start - 86_400_000, phase: 'upcoming' },
    { at: 'start - 1 ms', now: start - 1, phase: 'upcoming' },
    { at: 'start', now: start, phase: 'lingering' },
    { at: 'start + 1 ms', now: start + 1, phase: 'lingering' },
    { at: 'start + LINGER - 1 ms', now: start + NOTICE_LINGER_MS - 1, phase: 'lingering' },
    { at: 'start + LINGER', now: start + NOTICE_LINGER_MS, phase: 'expired' },
    { at: 'start + 1 day', now: start + 86_400_000, phase: 'expired' },
  ])('$at -> $phase', ({ now, phase }) => {
    expect(noticePhase(notice, now)).toBe(phase)
  })

  it.each([
    { name: 'NaN start', startTime: Number.NaN, now: start },
    { name: 'Infinity start', startTime: Number.POSITIVE_INFINITY, now: start },
    { name: 'NaN now', startTime: start, now: Number.NaN },
  ])('$name -> expired', ({ startTime, now }) => {
    expect(noticePhase({ startTime }, now)).toBe('expired')
    expect(nextNoticePhaseChange({ startTime }, now)).toBeNull()
  })
})

describe('nextNoticePhaseChange', () => {
  it('walks start, then start + LINGER, then null', () => {
    const first = nextNoticePhaseChange(notice, start - 5_000)
    expect(first).toBe(start)
    const second = nextNoticePhaseChange(notice, first!)
    expect(second).toBe(start + 3_600_000)
    expect(nextNoticePhaseChange(notice, second!)).toBeNull()
  })

  it.each([
    { now: start - 1, next: start },
    { now: start, next: start + NOTICE_LINGER_MS },
    { now: start + NOTICE_LINGER_MS - 1, next: start + NOTICE_LINGER_MS },
    { now: start + NOTICE_LINGER_MS, next: null },
  ])('at $now -> $next', ({ now, next }) => {
    expect(nextNoticePhaseChange(notice, now)).toBe(next)
  })

  it('the phase changes exactly at the instant it announces', () => {
    for (const now of [start - 1000, start + 10]) {
      const at = nextNoticePhaseChange(notice, now)!
      expect(noticePhase(notice, at - 1)).toBe(noticePhase(notice, now))
      expect(noticePhase(notice, at)).not.toBe(noticePhase(notice, now))
    }
  })
})

describe('liveBelongsToNotice', () => {
  it('a live belongs to the notice without a notice, within the hour before its start, and after it', () => {
    expect(liveBelongsToNotice(null, start)).toBe(true)
    expect(liveBelongsToNotice(undefined, start)).toBe(true)
    expect(liveBelongsToNotice({ startTime: start }, start - NOTICE_LINGER_MS)).toBe(true)
    expect(liveBelongsToNotice({ startTime: start }, start + 2 * NOTICE_LINGER_MS)).toBe(true)
  })
  it('a live more than an hour before the start is another live', () => {
    expect(liveBelongsToNotice({ startTime: start }, start - NOTICE_LINGER_MS - 1)).toBe(false)
  })
})
