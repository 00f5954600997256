import type { LiveError } from '@taro-live/core'
import { Text } from '@tarojs/components'
import { expect, waitFor, within } from 'storybook/test'

/** What a story shows where a widget renders its fallback, so the fallback is visible. */
export function Fallback(props: { label: string }) {
  return (
    <Text style={{ color: 'inherit', fontSize: 14 }} data-testid="fallback">
      {props.label}
    </Text>
  )
}

/** Where stories show the last error a widget reported. */
export function reportTo(element: string) {
  return (error: LiveError) => {
    const node = document.getElementById(element)
    if (node)
      node.textContent = `${error.code}${error.errCode === undefined ? '' : ` (${error.errCode})`}`
  }
}

/** The calls the simulator logged (the panel's table), as `api inTap outcome` rows. */
export function loggedCalls(canvasElement: HTMLElement, api: string) {
  const rows = [...canvasElement.querySelectorAll(`[data-testid="call-log"] tr[data-api="${api}"]`)]
  return rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''))
}

/** Waits until the panel has logged `count` calls to `api`, and returns them. */
export async function waitForCalls(canvasElement: HTMLElement, api: string, count: number) {
  await waitFor(() => expect(loggedCalls(canvasElement, api)).toHaveLength(count), {
    timeout: 5000,
  })
  return loggedCalls(canvasElement, api)
}

export { within }
