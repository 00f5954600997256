/**
 * The built weapp app inside WeChat's own component framework: `miniprogram-simulate` renders the
 * pages from their built `.wxml/.js/.json` (compiled by WeChat's `wcc`), `j-component` and
 * `miniprogram-exparser` dispatch events as a device does, and Taro's real runtime (React → Taro
 * DOM → `setData` → `base.wxml`) runs unchanged. Nothing here is our code under test: this file
 * only stands in for what the WeChat client itself provides (`App`, `Page`, `getApp`,
 * `getCurrentPages`, `wx`). See docs/testing.md for what it can and cannot prove.
 */

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** A `wx` call as the harness saw it. */
export interface WxCall {
  api: string
  /** The first argument without its callbacks. */
  params: unknown
  /** Made synchronously inside WeChat's dispatch of an event to a page handler (Taro's `eh`). */
  inHandler: boolean
  /** The event being handled then, e.g. `tap`; `undefined` outside a handler. */
  event: string | undefined
}

/** One `setData` the page made. */
export interface SetDataCall {
  /** The keys Taro sent (paths such as `root.cn.[0].cn.[1].v`). */
  keys: string[]
  /** `JSON.stringify(data).length`: what crosses from the logic to the view thread. */
  bytes: number
}

/** A rendered node of the page: WeChat's component wrapper and its DOM element. */
export interface PageNode {
  /** The DOM element j-component rendered (`wx-view`, `wx-button`, …). */
  readonly el: Element
  /** Its text, whitespace collapsed. */
  readonly text: string
  /** The properties a built-in received (`openType`, `type`, `value`) where the harness declares them. */
  readonly props: Record<string, unknown>
  /** A tap as on a device: `touchstart` then `touchend` at (x, y), from which exparser makes `tap`. */
  tap(at?: Point): Promise<void>
  /** A drag: `touchstart` at `from`, `touchmove` through each point, `touchend` at the last. */
  drag(from: Point, ...through: Point[]): Promise<void>
  /** Fires one touch event on this node. */
  touch(type: 'touchstart' | 'touchmove' | 'touchend', at: Point): Promise<void>
  /** Fires a component event (e.g. `chooseavatar`, `input`, `blur`, `nicknamereview`) with `detail`. */
  fire(type: string, detail?: Record<string, unknown>): Promise<void>
  /** jsdom has no layout: gives this node the box a selector query (and the DOM) will report. */
  stubRect(rect: { left: number; top: number; width: number; height: number }): void
}

/** A point in window px. */
export interface Point {
  x: number
  y: number
}

/** A page opened with {@link WeappApp.openPage}. */
export interface OpenedPage {
  /** The page's root DOM element. */
  readonly root: Element
  /** The page's text, whitespace collapsed. */
  text(): string
  /** Every `setData` since the page loaded. */
  readonly setData: readonly SetDataCall[]
  /** The first node whose own text (or a descendant's) contains `text`, innermost first. */
  findByText(text: string): PageNode | undefined
  /** The first node matching a CSS selector on the rendered DOM, with Taro's class names (`.tl-…`). */
  find(selector: string): PageNode | undefined
  /** All nodes matching a CSS selector. */
  findAll(selector: string): PageNode[]
  /** Waits until `check` returns true (default 2 s of polling), else throws with the page text. */
  waitFor(check: () => boolean, what: string, timeoutMs?: number): Promise<void>
  /** Lets pending work run: microtasks, Taro's 1–20 ms update ticks. */
  settle(ms?: number): Promise<void>
  /** WeChat hides the page (another page or the app goes to the background). */
  hide(): Promise<void>
  /** WeChat shows the page again. */
  show(): Promise<void>
  /** Registers a listener on the page root for an event that bubbles to it (e.g. `touchmove`). */
  onBubbled(type: string, listener: () => void): void
  /** Unloads the page (React unmounts it). */
  unload(): Promise<void>
}

/** The booted app. */
export interface WeappApp {
  /** Every `wx` call the app made, in order. */
  readonly calls: readonly WxCall[]
  /** The calls to one API. */
  callsTo(api: string): WxCall[]
  /** Opens a page by route, e.g. `pages/live/index`, as WeChat would on navigation. */
  openPage(route: string, query?: Record<string, string>): Promise<OpenedPage>
  /** Messages the app logged with `console.error` / `console.warn` (and uncaught errors). */
  readonly errors: readonly string[]
  /** Unloads every page and restores the globals. */
  dispose(): void
}

/** Options of {@link boot}. */
export interface BootOptions {
  /**
   * APIs that WeChat runs only inside a user's tap (docs/platform.md, Opening the live room).
   * Called inside an event handler, the harness passes them through `tap` (so the simulator's own
   * gesture rule sees the tap); outside a handler, directly (so it refuses them, as WeChat does).
   */
  tapOnly?: readonly string[]
  /** Runs `fn` as inside a tap, for {@link BootOptions.tapOnly} APIs: the simulator's `tap`. */
  tap?: <T>(fn: () => T) => T
  /** Window size in px that `getSystemInfoSync` / `getWindowInfo` report. Default 375 × 667. */
  window?: { width: number; height: number }
}

type AnyFn = (...args: unknown[]) => unknown
type PageConfig = Record<string, unknown>
interface JComponent {
  dom: Element
  data: Record<string, unknown>
  instance: PageInstance
  querySelector(selector: string): JComponent | undefined
  dispatchEvent(name: string, options?: Record<string, unknown>): void
  addEventListener(name: string, handler: () => void, capture?: boolean): void
  attach(parent: Element): void
  detach(): void
}
interface PageInstance {
  setData(data: Record<string, unknown>, cb?: () => void): void
  createSelectorQuery(): unknown
  [key: string]: unknown
}
interface Simulate {
  load(path: string, tagName: string, options: Record<string, unknown>): string
  render(id: string, props?: Record<string, unknown>): JComponent
}
interface JComponentModule {
  register(definition: Record<string, unknown>): string
}

/** Built-ins are `<slot/>` stubs in j-component; these declare the properties tests read. */
const ARIA = { ariaRole: String, ariaLabel: String, ariaHidden: Boolean, ariaDisabled: Boolean }
const BUILT_INS: Record<string, Record<string, unknown>> = {
  view: { ...ARIA },
  button: { openType: String, type: String, disabled: Boolean, ...ARIA },
  input: { type: String, value: String, placeholder: String },
  image: { src: String, mode: String, ...ARIA },
  // Taro's template writes `feed-id` / `finder-user-name`; j-component names the properties in camelCase.
  'channel-live': { feedId: String, finderUserName: String },
}

let simulate: Simulate | undefined
let jComponent: JComponentModule | undefined

/** WeChat's framework, loaded once per worker (it installs `Component`/`Behavior` and built-ins). */
function framework(): { simulate: Simulate; jComponent: JComponentModule } {
  if (!simulate || !jComponent) {
    simulate = require('miniprogram-simulate') as Simulate
    jComponent = require('j-component') as JComponentModule
    for (const [name, properties] of Object.entries(BUILT_INS)) {
      jComponent.register({ id: name, tagName: `wx-${name}`, template: '<slot/>', properties })
    }
  }
  return { simulate, jComponent }
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Boots the built app in `dist` (e.g. `examples/taro-app/dist-weapp`) with `wx` as WeChat's API
 * object. `wx` is installed before `app.js` loads, as Taro reads its keys once at startup: a `wx`
 * without `getUserProfile` gives an app without it, as an old base library does.
 */
export function boot(dist: string, wx: object, options: BootOptions = {}): WeappApp {
  const { simulate } = framework()
  const win = options.window ?? { width: 375, height: 667 }
  const g = globalThis as Record<string, unknown>
  const saved = Object.fromEntries(
    ['wx', 'App', 'Page', 'getApp', 'getCurrentPages', 'requirePlugin', 'Component'].map((k) => [
      k,
      g[k],
    ]),
  )
  const calls: WxCall[] = []
  const errors: string[] = []
  const tapOnly = new Set(options.tapOnly ?? [])
  let handling: string | undefined
  let app: Record<string, unknown> | undefined
  const pages: PageInstance[] = []
  const opened: OpenedPage[] = []

  // `wx` as given; simulate's own mocks only for what `wx` does not name at all (an API that `wx`
  // names but leaves undefined is missing on purpose, as below its base library).
  const base = g.wx as Record<string, unknown>
  const given = Object.keys(wx)
  const source: Record<string, unknown> = {}
  for (const [api, value] of Object.entries(base)) if (!given.includes(api)) source[api] = value
  for (const api of given) {
    const value = (wx as Record<string, unknown>)[api]
    if (typeof value === 'function') source[api] = value
  }
  const recorded: Record<string, unknown> = {}
  for (const [api, value] of Object.entries(source)) {
    if (typeof value !== 'function') {
      recorded[api] = value
      continue
    }
    recorded[api] = (...args: unknown[]) => {
      const inHandler = handling !== undefined
      calls.push({ api, params: withoutCallbacks(args[0]), inHandler, event: handling })
      const call = () => (value as AnyFn).apply(wx, args)
      return inHandler && tapOnly.has(api) && options.tap ? options.tap(call) : call()
    }
  }
  const systemInfo = () => ({
    ...((source.getSystemInfoSync as AnyFn | undefined)?.() as object),
    windowWidth: win.width,
    windowHeight: win.height,
    screenWidth: win.width,
    screenHeight: win.height,
    pixelRatio: 2,
  })
  recorded.getSystemInfoSync = systemInfo
  recorded.getWindowInfo = () => ({
    windowWidth: win.width,
    windowHeight: win.height,
    screenWidth: win.width,
    screenHeight: win.height,
    pixelRatio: 2,
  })
  // simulate's own query mock cannot chain; WeChat's queries run on the current page's tree.
  recorded.createSelectorQuery = () => {
    const page = pages[pages.length - 1]
    if (!page) throw new Error('createSelectorQuery: no page is open')
    return page.createSelectorQuery()
  }
  recorded.nextTick = (fn: () => void) => setTimeout(fn, 0)
  g.wx = recorded

  const origError = console.error
  const origWarn = console.warn
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
  }
  console.warn = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
  }

  /** Marks calls made synchronously inside WeChat's dispatch of an event to Taro's handler. */
  const markHandler = (eh: AnyFn): AnyFn =>
    function (this: unknown, ...args: unknown[]) {
      const outer = handling
      handling = (args[0] as { type?: string } | undefined)?.type ?? 'event'
      try {
        return eh.apply(this, args)
      } finally {
        handling = outer
      }
    }

  const simComponent = g.Component as (options: Record<string, unknown>) => void
  g.Component = (opts: Record<string, unknown>) => {
    const methods = opts.methods as Record<string, AnyFn> | undefined
    if (methods?.eh) methods.eh = markHandler(methods.eh)
    simComponent(opts)
  }
  g.App = (config: Record<string, unknown>) => {
    app = config
  }
  g.getApp = () => app
  g.getCurrentPages = () => [...pages]
  g.requirePlugin = () => ({})
  let currentRoute = ''
  g.Page = (config: PageConfig) => {
    const route = currentRoute
    const methods: Record<string, AnyFn> = {}
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') methods[key] = value as AnyFn
    }
    if (methods.eh) methods.eh = markHandler(methods.eh)
    ;(g.Component as (o: Record<string, unknown>) => void)({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          this.route = route
          this.__route__ = route
          pages.push(this)
        },
        detached(this: PageInstance) {
          pages.splice(pages.indexOf(this), 1)
        },
      },
    })
  }

  // Taro's chunks hang off `wx.webpackJsonp`; a fresh require of every file gives a fresh runtime.
  const distAbs = path.resolve(dist)
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(distAbs + path.sep)) delete require.cache[key]
  }
  require(path.join(distAbs, 'app.js'))
  if (!app) throw new Error(`${dist}/app.js did not call App()`)
  const launch = { path: '', query: {}, scene: 1001, referrerInfo: {} }
  ;(app.onLaunch as AnyFn | undefined)?.call(app, launch)
  ;(app.onShow as AnyFn | undefined)?.call(app, launch)
  const appConfig = JSON.parse(readFileSync(path.join(distAbs, 'app.json'), 'utf8')) as {
    pages: string[]
  }

  async function openPage(route: string, query: Record<string, string> = {}) {
    if (!appConfig.pages.includes(route)) throw new Error(`${route} is not in app.json`)
    currentRoute = route
    const id = simulate.load(path.join(distAbs, route), 'page', {
      rootPath: distAbs,
      compiler: 'official',
    })
    const comp = simulate.render(id)
    const parent = document.createElement('div')
    document.body.appendChild(parent)
    comp.attach(parent)
    const instance = comp.instance
    const setData: SetDataCall[] = []
    const realSetData = instance.setData.bind(instance)
    instance.setData = (data, cb) => {
      setData.push({ keys: Object.keys(data), bytes: JSON.stringify(data).length })
      realSetData(data)
      // WeChat calls back after the view has the data; j-component has no view thread.
      if (cb) Promise.resolve().then(cb)
    }
    const onLoad = instance.onLoad as AnyFn
    onLoad.call(instance, query)
    ;(instance.onShow as AnyFn).call(instance)
    ;(instance.onReady as AnyFn).call(instance)

    const node = wrapNode
    const page: OpenedPage = {
      root: comp.dom,
      text: () => collapse(comp.dom.textContent),
      setData,
      findByText(text) {
        const all = [...comp.dom.querySelectorAll('*')].filter((el) =>
          collapse(el.textContent).includes(text),
        )
        const innermost = all.filter((el) => !all.some((o) => o !== el && el.contains(o)))
        return innermost[0] ? node(innermost[0]) : undefined
      },
      find(selector) {
        const el = comp.dom.querySelector(prefixClasses(selector))
        return el ? node(el) : undefined
      },
      findAll(selector) {
        return [...comp.dom.querySelectorAll(prefixClasses(selector))].map(node)
      },
      async waitFor(check, what, timeoutMs = 2000) {
        const until = Date.now() + timeoutMs
        for (;;) {
          if (check()) return
          if (Date.now() > until)
            throw new Error(`Timed out waiting for ${what}. The page shows: "${page.text()}"`)
          await sleep(10)
        }
      },
      settle: (ms = 60) => sleep(ms),
      async hide() {
        ;(instance.onHide as AnyFn).call(instance)
        await sleep(30)
      },
      async show() {
        ;(instance.onShow as AnyFn).call(instance)
        await sleep(30)
      },
      onBubbled(type, listener) {
        comp.addEventListener(type, listener)
      },
      async unload() {
        ;(instance.onUnload as AnyFn).call(instance)
        await sleep(30)
        comp.detach()
        parent.remove()
      },
    }
    opened.push(page)
    await page.waitFor(() => setData.length > 0, 'the first setData')
    return page
  }

  return {
    calls,
    callsTo: (api) => calls.filter((c) => c.api === api),
    openPage,
    errors,
    dispose() {
      for (const page of opened.splice(0)) void page.unload()
      console.error = origError
      console.warn = origWarn
      for (const [k, v] of Object.entries(saved)) g[k] = v
    },
  }
}

function withoutCallbacks(params: unknown): unknown {
  if (!params || typeof params !== 'object') return params
  return Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v !== 'function'))
}

/** exparser runs handlers a microtask after a DOM event (as j-component does): let them run. */
const afterDispatch = () => sleep(0)

interface Exparser {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown
    dispatchEvent(target: unknown, event: unknown): void
  }
  Element: { getMethodCaller(node: unknown): { data?: Record<string, unknown> } | undefined }
}
let exparser: Exparser | undefined

/** simulate prefixes every class of a page with its tag name (`page--`): tests write Taro's. */
export const CLASS_PREFIX = 'page--'
const prefixClasses = (selector: string) =>
  selector.replace(/\.(-?[_a-zA-Z])/g, `.${CLASS_PREFIX}$1`)

function wrapNode(el: Element): PageNode {
  exparser ??= require('miniprogram-exparser') as Exparser
  const wxElement = () => (el as unknown as { __wxElement?: unknown }).__wxElement
  const touches = (p: Point) => [
    new Touch({ identifier: 1, target: el, clientX: p.x, clientY: p.y, pageX: p.x, pageY: p.y }),
  ]
  // What j-component does for a finger: a DOM touch event on the element; its listeners on the
  // page root turn it into exparser's touch events and synthesise `tap` from start + end.
  const touch = async (type: 'touchstart' | 'touchmove' | 'touchend', at: Point) => {
    const event = new TouchEvent(type, {
      bubbles: true,
      cancelable: true,
      touches: type === 'touchend' ? [] : touches(at),
      changedTouches: touches(at),
    } as TouchEventInit)
    el.dispatchEvent(event)
    await afterDispatch()
  }
  return {
    el,
    get text() {
      return collapse(el.textContent)
    },
    get props() {
      return { ...exparser?.Element.getMethodCaller(wxElement())?.data }
    },
    touch,
    async tap(at = { x: 10, y: 10 }) {
      await touch('touchstart', at)
      await touch('touchend', at)
      await afterDispatch()
    },
    async drag(from, ...through) {
      await touch('touchstart', from)
      for (const p of through) await touch('touchmove', p)
      await touch('touchend', through[through.length - 1] ?? from)
      await afterDispatch()
    },
    async fire(type, detail = {}) {
      // A built-in's own event (chooseavatar, input, blur, nicknamereview): not bubbling, as WeChat's.
      exparser?.Event.dispatchEvent(wxElement(), exparser.Event.create(type, detail, {}))
      await afterDispatch()
    },
    stubRect(rect) {
      el.getBoundingClientRect = () =>
        ({
          ...rect,
          x: rect.left,
          y: rect.top,
          right: rect.left + rect.width,
          bottom: rect.top + rect.height,
          toJSON() {},
        }) as DOMRect
    },
  }
}
