import type { LiveError } from '@taro-live/core'
import { Text } from '@tarojs/components'
import { expect, waitFor, type within } from 'storybook/test'

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

/** Waits until `count` calls to `api` have been answered (not pending), and returns them. */
export async function waitForAnswers(canvasElement: HTMLElement, api: string, count: number) {
  await waitFor(
    () => {
      const calls = loggedCalls(canvasElement, api)
      expect(calls).toHaveLength(count)
      expect(calls.every((call) => call[4] !== 'pending')).toBe(true)
    },
    { timeout: 5000 },
  )
  // Let React render what the answer changed.
  await new Promise((resolve) => setTimeout(resolve, 50))
  return loggedCalls(canvasElement, api)
}

/** Waits until the panel has logged `count` calls to `api`, and returns them. */
export async function waitForCalls(canvasElement: HTMLElement, api: string, count: number) {
  await waitFor(() => expect(loggedCalls(canvasElement, api)).toHaveLength(count), {
    timeout: 5000,
  })
  return loggedCalls(canvasElement, api)
}

/** Starts from an empty device storage (the panel's "清空存储"), so a play can run again. */
export async function freshDevice(canvas: ReturnType<typeof within>) {
  canvas.getByRole('button', { name: /清空存储/ }).click()
  await new Promise((resolve) => setTimeout(resolve, 50))
}
