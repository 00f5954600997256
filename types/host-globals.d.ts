/*
 * The host globals that library source (packages/*\/src, checked by tsconfig.src.json) may use:
 * what every base library the packages support and every browser Taro H5 runs in provide.
 *
 * That check uses the plain ES2018 lib (the rollup/esbuild target) with neither DOM nor Node
 * types, because both declare newer host APIs that older iOS WebViews and base libraries lack
 * (`queueMicrotask`, `structuredClone`, …) and would let them type-check. A global missing here
 * is a prompt to check that it exists on those hosts before declaring it.
 */

declare function setTimeout(handler: (...args: never[]) => void, timeout?: number): number
declare function clearTimeout(handle: number | undefined): void
declare function setInterval(handler: (...args: never[]) => void, timeout?: number): number
declare function clearInterval(handle: number | undefined): void

declare const console: {
  log(...data: unknown[]): void
  info(...data: unknown[]): void
  warn(...data: unknown[]): void
  error(...data: unknown[]): void
  debug(...data: unknown[]): void
}

/**
 * `process.env.TARO_ENV` and `process.env.NODE_ENV` are replaced by the app's build (Taro,
 * webpack, Vite); where nothing replaces them `process` is missing, so read it inside a `try`.
 */
declare const process: { env: Record<string, string | undefined> }

/** Taro H5 and Storybook only: mini programs have no DOM, so read it only off the weapp target. */
declare const document: {
  getElementById(id: string): {
    getBoundingClientRect(): { left: number; top: number; width: number; height: number }
  } | null
}
