import { compareVersion, isVersionAtLeast } from '@taro-live/core'
import { describe, expect, it } from 'vitest'

describe('compareVersion', () => {
  it.each<{ a: unknown; b: unknown; expected: -1 | 0 | 1 }>([
    { a: '2.29.1', b: '2.3.0', expected: 1 },
    { a: '2.3.0', b: '2.29.1', expected: -1 },
    { a: '2.10.4', b: '2.10.3', expected: 1 },
    { a: '2.10.3', b: '2.10.4', expected: -1 },
    { a: '2.10.4', b: '2.10.4', expected: 0 },
    { a: '2.10', b: '2.10.0', expected: 0 },
    { a: '2.10.0', b: '2.10', expected: 0 },
    { a: '2', b: '2.0.0.0', expected: 0 },
    { a: '2.10.1', b: '2.10', expected: 1 },
    { a: '2.27.1', b: '2.27.0', expected: 1 },
    { a: '2.27.0', b: '2.27.1', expected: -1 },
    { a: '3.0.0', b: '2.99.99', expected: 1 },
    { a: ' 2.10.4 ', b: '2.10.4', expected: 0 },
    { a: '2.10.4-beta', b: '2.10.4', expected: 0 },
  ])('compareVersion($a, $b) === $expected', ({ a, b, expected }) => {
    expect(compareVersion(a, b)).toBe(expected)
  })

  it.each<{ name: string; value: unknown; vsZero: -1 | 0 | 1 }>([
    { name: "''", value: '', vsZero: 0 },
    { name: 'null', value: null, vsZero: 0 },
    { name: 'undefined', value: undefined, vsZero: 0 },
    { name: '{}', value: {}, vsZero: 0 },
    { name: '[]', value: [], vsZero: 0 },
    { name: "'a.b'", value: 'a.b', vsZero: 0 },
    { name: "'1..2'", value: '1..2', vsZero: 1 },
    { name: "'...'", value: '...', vsZero: 0 },
    { name: 'NaN', value: Number.NaN, vsZero: 0 },
  ])('garbage $name never throws and counts as numbers where it can', ({ value, vsZero }) => {
    expect(() => compareVersion(value, '2.10.4')).not.toThrow()
    expect(() => compareVersion('2.10.4', value)).not.toThrow()
    expect(compareVersion(value, '0')).toBe(vsZero)
    expect(compareVersion(value, '2.10.4')).toBe(-1)
    expect(compareVersion('2.10.4', value)).toBe(1)
  })

  it("'1..2' reads as 1.0.2", () => {
    expect(compareVersion('1..2', '1.0.2')).toBe(0)
    expect(compareVersion('1..2', '1.0.3')).toBe(-1)
  })

  it('a number version is read as its string', () => {
    expect(compareVersion(2.1, '2.1.0')).toBe(0)
    expect(compareVersion(3, '2.99')).toBe(1)
  })
})

describe('isVersionAtLeast', () => {
  it.each<{ version: string; minimum: string; expected: boolean }>([
    { version: '2.10.4', minimum: '2.10.4', expected: true },
    { version: '2.10.3', minimum: '2.10.4', expected: false },
    { version: '2.29.1', minimum: '2.3.0', expected: true },
    { version: '2.10', minimum: '2.10.0', expected: true },
    { version: '', minimum: '2.10.4', expected: false },
    { version: '', minimum: '0', expected: false },
    { version: '', minimum: '', expected: false },
    { version: '   ', minimum: '0.0.0', expected: false },
  ])('isVersionAtLeast($version, $minimum) === $expected', ({ version, minimum, expected }) => {
    expect(isVersionAtLeast(version, minimum)).toBe(expected)
  })
})
