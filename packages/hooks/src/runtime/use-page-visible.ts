import { useEffect, useState } from 'react'
import { watchPageEvents } from '../platform/taro-host'
import { useOwnPage } from './use-own-page'

/**
 * Whether the page this widget is rendered on is shown (`useDidShow`/`useDidHide`); always `true`
 * outside a Taro page. For work a hidden page must not do: WeChat still sends each `setData` to a
 * hidden page, so a countdown ticking there costs one a second for nothing.
 */
export function usePageVisible(): boolean {
  const page = useOwnPage()
  const [shown, setShown] = useState(true)
  useEffect(() => watchPageEvents(page, setShown), [page])
  return shown
}
