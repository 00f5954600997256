import { ManifestError, readManifest } from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import reserveCard from '../../components/manifests/live-reserve-card.json'
import { copyOf } from './support/manifests'

describe('readManifest', () => {
  it('types a JSON import as a manifest', () => {
    expect(readManifest(reserveCard).type).toBe('live-reserve-card')
  })

  it.each([
    [null, /not an object/],
    [{ ...copyOf('profile-button'), manifestVersion: 2 }, /manifestVersion 2 is not supported/],
    [{ ...copyOf('profile-button'), type: 1 }, /"type" must be a string/],
    [{ ...copyOf('profile-button'), version: '1' }, /"version" must be a number/],
    [{ ...copyOf('profile-button'), package: 'x' }, /"package" must be/],
    [{ ...copyOf('profile-button'), import: {} }, /"import" must be/],
    [{ ...copyOf('profile-button'), title: 'x' }, /"title" must be/],
    [
      { ...copyOf('profile-button'), props: { type: 'string' } },
      /"props" must be an object schema/,
    ],
    [{ ...copyOf('profile-button'), events: [{}] }, /"events" must be a list/],
  ])('refuses %#', (value, message) => {
    expect(() => readManifest(value, 'x.json')).toThrow(ManifestError)
    expect(() => readManifest(value, 'x.json')).toThrow(message)
  })
})
