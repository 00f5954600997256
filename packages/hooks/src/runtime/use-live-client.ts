import type { LiveClient, LiveStatusClient } from '@taro-live/core'
import { useEffect } from 'react'
import { watchPageEvents } from '../platform/taro-host'
import { clientOf } from './client-of'
import { useLiveContext } from './live-runtime'
import { noticeClientOf } from './notice-client-of'
import { useOwnPage } from './use-own-page'

/** For each client, whether the page of each mounted widget is shown. */
const pagesByClient = new WeakMap<LiveStatusClient, Map<object, boolean>>()

function syncVisibility(client: LiveStatusClient, pages: Map<object, boolean>): void {
  // With one client for the whole app, it polls while any page with a widget is shown; the order of
  // one page's onHide and the next one's onShow does not matter.
  let shown = pages.size === 0
  for (const visible of pages.values()) shown ||= visible
  if (client.visible !== shown) client.setVisible(shown)
}

/** Tells the client when this widget's page is shown or hidden (`useDidShow`/`useDidHide`). */
function usePageVisibility(client: LiveStatusClient): void {
  const page = useOwnPage()
  useEffect(() => {
    let pages = pagesByClient.get(client)
    if (!pages) {
      pages = new Map()
      pagesByClient.set(client, pages)
    }
    const own = pages
    const token = {}
    own.set(token, true)
    syncVisibility(client, own)
    const stop = watchPageEvents(page, (shown) => {
      own.set(token, shown)
      syncVisibility(client, own)
    })
    return () => {
      stop()
      own.delete(token)
      syncVisibility(client, own)
    }
  }, [client, page])
}

/**
 * The app's live-status client (`getLive`, `subscribeLive`, `openLive`, …), following this widget's
 * page visibility. What a widget that shows only live status uses: it does not carry the notice
 * code (the floating window).
 */
export function useLiveStatusClient(): LiveStatusClient {
  const client = clientOf(useLiveContext().runtime)
  usePageVisibility(client)
  return client
}

/**
 * The app's whole client, live status and notices (`getNotice`, `reserve`, …) on the same requests
 * and timers, following this widget's page visibility. When the client given to `LiveProvider`
 * cannot take notices (a hand-made wrapper), its notices read as an `invalid-argument` `LiveError`
 * (and `reserve` rejects with it): give the provider one from `createLiveClient`, or use
 * {@link useLiveStatusClient} for live status alone.
 */
export function useLiveClient(): LiveClient {
  const { runtime } = useLiveContext()
  usePageVisibility(clientOf(runtime))
  return noticeClientOf(runtime)
}
