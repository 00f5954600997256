import type { LiveClient, LiveClientOptions, LiveStatusClient, Platform } from '@taro-live/core'
import { type ReactNode, useMemo } from 'react'
import { createTaroPlatform } from '../platform/taro-host'
import {
  LiveContext,
  type LiveContextValue,
  type LiveRuntime,
  type Locale,
  PROFILE_STORAGE_KEY,
} from './live-runtime'

/** Props of {@link LiveProvider}. */
export interface LiveProviderProps {
  /** The platform; default the Taro platform (`createTaroPlatform()`). Pass the simulator's in stories and tests. */
  platform?: Platform
  /**
   * A client of your own, from `createLiveClient` (or `createLiveStatusClient`); default one made
   * from `platform` on first use and shared by every widget below.
   */
  client?: LiveClient | LiveStatusClient
  /** Options of the client made here (read once). */
  clientOptions?: LiveClientOptions
  /** Language of the widgets' texts. Default `'zh-CN'`. */
  locale?: Locale
  /** Storage key of the cached profile. Default `'taro-live:profile'`. */
  profileStorageKey?: string
  children?: ReactNode
}

/**
 * Optional: shares one platform and one client below it. Without a provider, widgets share an
 * app-wide default over the Taro platform. A client made here stops its timers when its last widget
 * unmounts.
 */
export function LiveProvider(props: LiveProviderProps) {
  const { platform, client, locale = 'zh-CN', profileStorageKey = PROFILE_STORAGE_KEY } = props
  // biome-ignore lint/correctness/useExhaustiveDependencies: clientOptions are read once, as documented.
  const runtime = useMemo<LiveRuntime>(
    () => ({
      platform: client?.platform ?? platform ?? createTaroPlatform(),
      client,
      clientOptions: props.clientOptions,
      profileStorageKey,
    }),
    [platform, client, profileStorageKey],
  )
  const value = useMemo<LiveContextValue>(() => ({ runtime, locale }), [runtime, locale])
  return <LiveContext.Provider value={value}>{props.children}</LiveContext.Provider>
}
