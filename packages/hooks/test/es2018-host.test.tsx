// @vitest-environment jsdom

/*
 * The packages ship as ES2018 for older iOS WebViews and base libraries, which lack host APIs such
 * as `queueMicrotask`. tsconfig.src.json keeps them out of the source at compile time; this runs
 * the path that once used it on such a host. (`Object.hasOwn`: packages/core/test/es2018-host.test.ts;
 * jsdom itself needs it, so it cannot be removed here.)
 */

import type { LiveError, Platform } from '@taro-live/core'
import { useUserProfile } from '@taro-live/hooks'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MODES, renderWith, settle, setupSim } from './support/render'
import { installWx } from './support/taro-weapp'

beforeEach(() => {
  // React captured it when it loaded; only the library's own calls see it missing.
  vi.stubGlobal('queueMicrotask', undefined)
})

afterEach(() => {
  cleanup()
  installWx(undefined)
  vi.unstubAllGlobals()
})

function ProfileProbe(props: { onError: (error: LiveError) => void }) {
  useUserProfile({ onError: props.onError })
  return null
}

describe('on a host without queueMicrotask', () => {
  it('the host really lacks it', () => {
    expect(typeof queueMicrotask).toBe('undefined')
  })

  it.each(MODES)(
    'useUserProfile (%s): a storage that cannot be read is still reported after mounting',
    async (_mode, wrap) => {
      const { platform } = setupSim({ baseLibrary: '2.20.0' }, 'simulator')
      const broken: Platform = {
        ...platform,
        storage: {
          ...platform.storage,
          get: () => {
            throw new Error('storage is locked')
          },
        },
      }
      const errors: string[] = []
      renderWith(<ProfileProbe onError={(e) => errors.push(e.code)} />, {
        platform: broken,
        wrap,
      })
      await settle()
      expect(errors).toEqual(['storage-failure'])
    },
  )
})
