import {
  type ReservationEffect,
  type ReserveOutcome,
  type ReserveOutcomeInfo,
  reserveOutcome,
} from '@taro-live/core'
import { describe, expect, it } from 'vitest'

describe('reserveOutcome: the state table of docs/platform.md, Reserving', () => {
  it.each<{ state: number; outcome: ReserveOutcome; effect: ReservationEffect }>([
    { state: 1, outcome: 'declined-live', effect: 'keep' },
    { state: 2, outcome: 'went-live', effect: 'keep' },
    { state: 3, outcome: 'cancelled-notice', effect: 'forget' },
    { state: 4, outcome: 'live-ended', effect: 'forget' },
    { state: 5, outcome: 'dismissed', effect: 'not-reserved' },
    { state: 6, outcome: 'reserved', effect: 'reserved' },
    { state: 7, outcome: 'unreserved', effect: 'not-reserved' },
    { state: 8, outcome: 'unchanged', effect: 'reserved' },
    { state: 9, outcome: 'aborted', effect: 'keep' },
    { state: 10, outcome: 'expired', effect: 'forget' },
  ])('state $state -> $outcome / $effect', ({ state, outcome, effect }) => {
    expect(reserveOutcome(state)).toStrictEqual({ outcome, state, effect })
  })
})

describe('reserveOutcome: odd states', () => {
  it.each<{ name: string; input: unknown; expected: ReserveOutcomeInfo }>([
    {
      name: 'undefined (HarmonyOS)',
      input: undefined,
      expected: { outcome: 'unknown', state: undefined, effect: 'keep' },
    },
    {
      name: 'null',
      input: null,
      expected: { outcome: 'unknown', state: undefined, effect: 'keep' },
    },
    {
      name: "'abc'",
      input: 'abc',
      expected: { outcome: 'unknown', state: undefined, effect: 'keep' },
    },
    { name: "''", input: '', expected: { outcome: 'unknown', state: undefined, effect: 'keep' } },
    { name: '11', input: 11, expected: { outcome: 'unknown', state: 11, effect: 'keep' } },
    { name: '0', input: 0, expected: { outcome: 'unknown', state: 0, effect: 'keep' } },
    { name: '6.5', input: 6.5, expected: { outcome: 'unknown', state: undefined, effect: 'keep' } },
    {
      name: "'6' (string)",
      input: '6',
      expected: { outcome: 'reserved', state: 6, effect: 'reserved' },
    },
    {
      name: "' 8 '",
      input: ' 8 ',
      expected: { outcome: 'unchanged', state: 8, effect: 'reserved' },
    },
    { name: '{}', input: {}, expected: { outcome: 'unknown', state: undefined, effect: 'keep' } },
  ])('$name', ({ input, expected }) => {
    expect(reserveOutcome(input)).toStrictEqual(expected)
  })
})
