import { useState } from 'react'
import { currentPageEvents, type PageEvents } from '../platform/taro-host'

/**
 * The show and hide events of the page this widget is rendered on, read on its first render (as
 * Taro's `useRouter` does). Not at effect time: by then another page may be current (a redirect
 * from the page's first effects), and the widget must follow its own page.
 */
export function useOwnPage(): PageEvents | undefined {
  const [page] = useState(currentPageEvents)
  return page
}
