import { LiveError, type Platform, toLiveError, type UserProfile } from '@taro-live/core'
import { nativeEmulatorOf, toUserProfile } from '@taro-live/core/internal'
import {
  type MutableRefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { taroEnv } from '../platform/taro-host'
import { useLiveContext } from '../runtime/live-runtime'
import { useLatest } from '../runtime/use-latest'
import { profilesOf } from './profiles-of'
import type { UserProfileResult, UseUserProfileOptions } from './user-profile-types'

/** The members of {@link UserProfileResult} that every strategy shares. */
export type SharedProfileResult = Pick<
  UserProfileResult,
  'profile' | 'busy' | 'nativeOpenType' | 'clear'
>

/** What the hook of each strategy works with. */
export interface ProfileTools {
  /** The runtime's platform. */
  readonly platform: Platform
  /** The options of the last render, read when an answer comes. */
  readonly latest: MutableRefObject<UseUserProfileOptions>
  /** What answers taps off a weapp build (the simulator's native components); `undefined` on WeChat. */
  readonly emulator: ReturnType<typeof nativeEmulatorOf>
  /**
   * Marks a popup or an upload as under way, and runs `start` between the two marks: first a ref,
   * set synchronously (a second tap in the same tick must not start a second one), then `busy`
   * (React state: on a synchronous renderer it renders at once, so what must happen first inside
   * the tap goes in `start`). `false`, and nothing run, when one already is under way.
   */
  readonly begin: (start?: () => void) => boolean
  /** Marks it done. */
  readonly end: () => void
  /** Reports a failure through `onError`, typed. */
  readonly fail: (error: unknown, api?: string) => void
  /** Caches a profile from an answer and tells `onProfile`; reports a malformed one instead. */
  readonly accept: (value: unknown, kind: UserProfile['strategy']) => UserProfile | undefined
}

/**
 * The part of `useUserProfile` every strategy shares: the runtime's cached profile, the busy flag,
 * and accepting or failing an answer (`onProfile` / `onError`).
 */
export function useProfileBase(
  options: UseUserProfileOptions,
): [SharedProfileResult, ProfileTools] {
  const { runtime } = useLiveContext()
  const { platform } = runtime
  const { store, report } = profilesOf(runtime)
  const latest = useLatest(options)
  const [busy, setBusy] = useState(false)
  const pending = useRef(false)
  const begin = useCallback((start?: () => void) => {
    if (pending.current) return false
    pending.current = true
    start?.()
    setBusy(true)
    return true
  }, [])
  const end = useCallback(() => {
    pending.current = false
    setBusy(false)
  }, [])
  const profile = useSyncExternalStore(store.subscribe, store.get, store.get)
  const nativeOpenType = taroEnv() === 'weapp'
  const emulator = nativeOpenType ? undefined : nativeEmulatorOf(platform)

  const fail = useCallback(
    (error: unknown, api?: string) => latest.current.onError?.(toLiveError(error, api)),
    [latest],
  )
  // The store's own failures (reading or saving the cache) are `LiveError`s already.
  useEffect(() => report(fail), [report, fail])
  const accept = useCallback(
    (value: unknown, kind: UserProfile['strategy']): UserProfile | undefined => {
      const next = toUserProfile((value ?? {}) as object, kind)
      if (!next) {
        fail(
          new LiveError('malformed-response', `${kind} gave no usable profile`, { cause: value }),
          kind,
        )
        return undefined
      }
      store.set(next)
      latest.current.onProfile?.(next)
      return next
    },
    [store, latest, fail],
  )
  return [
    { profile, busy, nativeOpenType, clear: store.clear },
    { platform, latest, emulator, begin, end, fail, accept },
  ]
}
