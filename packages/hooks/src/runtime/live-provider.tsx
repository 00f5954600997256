import {
  type Clock,
  createServerClock,
  type LiveClient,
  type LiveClientOptions,
  type LiveStatusClient,
  type Platform,
} from '@taro-live/core'
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import { createTaroPlatform } from '../platform/taro-host'
import {
  LiveContext,
  type LiveContextValue,
  type LiveProviderTexts,
  type LiveRuntime,
  type Locale,
  PROFILE_STORAGE_KEY,
} from './live-runtime'
import { holdRuntime } from './runtime-lifetime'

/** Props of {@link LiveProvider}. */
export interface LiveProviderProps {
  /**
   * The platform; default the Taro platform (`createTaroPlatform()`). Pass the simulator's in
   * stories and tests. Read once, on the first render (a platform made inline is fine); to switch
   * platforms, give the provider a new `key`.
   */
  platform?: Platform
  /**
   * A client of your own, from `createLiveClient` (or `createLiveStatusClient`); default one made
   * from `platform` on first use and shared by every widget below. Yours to destroy: a different
   * client here is used from the next render, and the provider never destroys it.
   */
  client?: LiveClient | LiveStatusClient
  /** Options of the client made here (read once, like `platform`). */
  clientOptions?: LiveClientOptions
  /**
   * Server time minus device time, in ms, or a function that returns it (read at every tick). The
   * phone's clock may be minutes off: with this, the notice phase, the countdown and the
   * reservations' expiry follow server time. It may change later (say, once your server first
   * answers). Not applied to a `client` of your own: give its platform `createServerClock(offset)`.
   */
  serverTimeOffsetMs?: number | (() => number)
  /** Language of the widgets' texts. Default `'zh-CN'`. */
  locale?: Locale
  /**
   * App-wide texts, per widget: `{ liveFloatingWindow?, liveReserveCard?, profileButton? }`, each a
   * partial of that widget's texts, whatever the locale. A widget's own `texts` prop wins over
   * these. Type it with `LiveTexts` from `@taro-live/components`; hoist or memoise the object (a new
   * one on every render re-renders every widget below).
   */
  texts?: LiveProviderTexts
  /** Storage key of the cached profile. Default `'taro-live:profile'`. */
  profileStorageKey?: string
  children?: ReactNode
}

/** `platform` with another clock, every other member (and `this` inside them) unchanged. */
function withClock(platform: Platform, clock: Clock): Platform {
  return Object.create(platform, { clock: { value: clock, enumerable: true } }) as Platform
}

/**
 * Optional: shares one platform and one client below it. Without a provider, widgets share an
 * app-wide default over the Taro platform. The client made here lives as long as the provider:
 * its timers stop when its last widget unmounts, and it is destroyed when the provider unmounts.
 */
export function LiveProvider(props: LiveProviderProps) {
  const { client, locale = 'zh-CN', profileStorageKey = PROFILE_STORAGE_KEY, texts } = props
  // Set while rendering, not after commit: the widgets rendered in this same pass must already
  // read the new offset (nothing else would re-render them until the next tick).
  const offset = useRef(props.serverTimeOffsetMs)
  offset.current = props.serverTimeOffsetMs
  // Read once. A platform made inline in JSX is a new object on every render; following it would
  // make a new client each time (empty cache, skeleton, refetch). A new `key` is the way to swap.
  const [own] = useState(() => {
    const base = props.platform ?? createTaroPlatform()
    const clock = createServerClock(() => {
      const value = offset.current
      return typeof value === 'function' ? value() : (value ?? 0)
    }, base.clock)
    return { platform: withClock(base, clock), clientOptions: props.clientOptions }
  })
  const runtime = useMemo<LiveRuntime>(
    () => ({
      platform: client?.platform ?? own.platform,
      client,
      clientOptions: own.clientOptions,
      profileStorageKey,
    }),
    [own, client, profileStorageKey],
  )
  // The client made for a runtime is destroyed when the runtime is let go (unmount, or a new
  // `client` / `profileStorageKey`).
  useEffect(() => holdRuntime(runtime), [runtime])
  const value = useMemo<LiveContextValue>(
    () => ({ runtime, locale, texts }),
    [runtime, locale, texts],
  )
  return <LiveContext.Provider value={value}>{props.children}</LiveContext.Provider>
}
