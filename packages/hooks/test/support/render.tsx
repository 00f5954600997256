import {
  createWxPlatform,
  type LiveClientOptions,
  type LiveError,
  type Platform,
} from '@taro-live/core'
import {
  createTaroPlatform,
  LiveProvider,
  type LiveProviderTexts,
  type Locale,
} from '@taro-live/hooks'
import {
  createWechatSimulator,
  type WechatSimulator,
  type WechatSimulatorOptions,
} from '@taro-live/simulator'
import { act, render, screen } from '@testing-library/react'
import { type ComponentType, type ReactElement, type ReactNode, StrictMode } from 'react'
import { eventCenter, installWx } from './taro-weapp'

export const CHANNEL = 'sphLiveShop'
/** The simulator's default "now": 2026-11-28 12:00 UTC (20:00 in Asia/Shanghai, the tests' zone). */
export const NOW = Date.UTC(2026, 10, 28, 12)
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE

/** Every hook and component test runs both ways. */
export const MODES = [
  ['normal', (node: ReactElement) => node],
  ['StrictMode', (node: ReactElement) => <StrictMode>{node}</StrictMode>],
] as const

/**
 * A simulator installed as the `wx` behind `@tarojs/taro`, and the real Taro platform over it.
 * `host: 'simulator'` gives the platform stories and the demo use instead (`createWxPlatform` over
 * the simulator itself), which also stands in for WeChat's native open-type buttons.
 */
export function setupSim(
  options: WechatSimulatorOptions = {},
  host: 'taro' | 'simulator' = 'taro',
): {
  sim: WechatSimulator
  platform: Platform
} {
  const sim = createWechatSimulator({
    channels: { [CHANNEL]: { status: 'live', nickname: '橙子优选', description: '冬季上新' } },
    ...options,
  })
  installWx(sim)
  // The build target in tests is H5 (what renders); the APIs behind it are WeChat's.
  const platform =
    host === 'taro'
      ? createTaroPlatform({ env: 'weapp', clock: sim.clock })
      : createWxPlatform(sim, { env: 'weapp', clock: sim.clock })
  return { sim, platform }
}

/** Renders inside a `LiveProvider` over `platform`, wrapped by `wrap` (normal or StrictMode). */
export function renderWith(
  ui: ReactNode,
  options: {
    platform: Platform
    wrap: (node: ReactElement) => ReactElement
    clientOptions?: LiveClientOptions
    locale?: Locale
    texts?: LiveProviderTexts
  },
) {
  const tree = (node: ReactNode) =>
    options.wrap(
      <LiveProvider
        platform={options.platform}
        clientOptions={options.clientOptions}
        locale={options.locale}
        texts={options.texts}
      >
        {node}
      </LiveProvider>,
    )
  const result = render(tree(ui))
  return { ...result, rerender: (next: ReactNode) => result.rerender(tree(next)) }
}

/** Lets pending answers land and React re-render. */
export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

/** Advances the simulated clock (answers land between timers) and lets React re-render. */
export async function advance(sim: WechatSimulator, ms: number) {
  await act(() => sim.clock.advanceAsync(ms))
  await settle()
}

/** Gives jsdom's window a size (it has no layout): what Taro H5's `getWindowInfo` reads. */
export function setViewport(width: number, height: number) {
  Object.defineProperty(document.documentElement, 'clientWidth', {
    value: width,
    configurable: true,
  })
  Object.defineProperty(document.documentElement, 'clientHeight', {
    value: height,
    configurable: true,
  })
}

/** Props every widget takes for failures. */
interface FailureProps {
  fallback?: ReactNode
  onError?: (error: LiveError) => void
}

/**
 * Renders a widget with a visible `fallback` and collects what it reports through `onError`.
 * `fallbackShown()` tells whether the fallback is on screen.
 */
export function renderWidget<P extends FailureProps>(
  Widget: ComponentType<P>,
  props: Omit<P, keyof FailureProps>,
  options: Parameters<typeof renderWith>[1],
) {
  const errors: LiveError[] = []
  const view = renderWith(
    <Widget
      {...(props as P)}
      fallback={<span>fallback</span>}
      onError={(error: LiveError) => errors.push(error)}
    />,
    options,
  )
  return {
    ...view,
    codes: () => errors.map((error) => error.code),
    fallbackShown: () => screen.queryByText('fallback') !== null,
  }
}

/** Fires a Taro page event (`pages/live/index.onHide`, …) as WeChat's page lifecycle does, in `act`. */
export const triggerPageEvent = (event: string) =>
  act(() => {
    eventCenter.trigger(event)
  })
