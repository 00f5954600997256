import type { LiveClientOptions, LiveStatusClient, Platform } from '@taro-live/core'
import { createContext, useContext } from 'react'
import { createTaroPlatform } from '../platform/taro-host'

/** Languages of the widgets' texts. */
export type Locale = 'zh-CN' | 'en-US'

/** What one app (or one `LiveProvider`) shares: the platform and, made on first use, one client. */
export interface LiveRuntime {
  /** The platform every hook talks to. */
  readonly platform: Platform
  /** A client given by the app; otherwise one is made from `platform` on first use. */
  readonly client: LiveStatusClient | undefined
  /** Options of the client made on first use. */
  readonly clientOptions: LiveClientOptions | undefined
  /** Storage key of the cached profile. */
  readonly profileStorageKey: string
}

/**
 * App-wide text overrides, per widget (`liveFloatingWindow`, `liveReserveCard`, `profileButton`),
 * then per text key. Typed loosely here; `@taro-live/components` exports the typed `LiveTexts`.
 */
export type LiveProviderTexts = Readonly<
  Record<string, Readonly<Record<string, string | undefined>> | undefined>
>

/** The runtime, the texts' language and app-wide texts, as `LiveProvider` passes them down. */
export interface LiveContextValue {
  readonly runtime: LiveRuntime
  readonly locale: Locale
  readonly texts?: LiveProviderTexts | undefined
}

/** Default storage key of the cached profile. */
export const PROFILE_STORAGE_KEY = 'taro-live:profile'

/** Context of `LiveProvider`; `null` outside one. */
export const LiveContext = createContext<LiveContextValue | null>(null)

let fallback: LiveContextValue | undefined

/** The nearest `LiveProvider`'s runtime, or the app-wide default (Taro platform, one client). */
export function useLiveContext(): LiveContextValue {
  const value = useContext(LiveContext)
  if (value) return value
  // Made on first use, never at import: page builders render in half-built environments.
  fallback ??= {
    runtime: {
      platform: createTaroPlatform(),
      client: undefined,
      clientOptions: undefined,
      profileStorageKey: PROFILE_STORAGE_KEY,
    },
    locale: 'zh-CN',
  }
  return fallback
}

/** The runtime's platform. */
export function usePlatform(): Platform {
  return useLiveContext().runtime.platform
}

/** The texts' language of the nearest `LiveProvider` (default zh-CN). */
export function useLocale(): Locale {
  return useLiveContext().locale
}

/** `LiveProvider`'s app-wide texts of one widget (`undefined` when none). */
export function useProviderTexts(
  widget: string,
): Readonly<Record<string, string | undefined>> | undefined {
  return useLiveContext().texts?.[widget]
}
