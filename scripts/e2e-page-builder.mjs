// End-to-end: builder → JSON → app. The "Page builder" story of the static Storybook edits a
// block and exports the page JSON; the example app's demo H5 build (the widgets on the simulator)
// renders that JSON with `LivePage`. Both are served on 127.0.0.1 and driven in Debian's Chromium.
// Needs `pnpm build-storybook` and `pnpm --filter taro-live-example-app build:demo` first.
// Screenshots go to artifacts/e2e/ (git-ignored).
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PHONE_CONTEXT } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

const STORYBOOK = process.env.E2E_STORYBOOK ?? 'storybook-static'
const APP = process.env.E2E_ROOT ?? 'examples/taro-app/dist-demo'
const STORY = 'page-builder--builder'
const OUT = 'artifacts/e2e'
const CHANNEL = 'sphOrangeShop'
const OPEN = /进入橙子优选的直播间$/
// The edit made in the builder, and a block that must not render (its channel id is not one).
const TITLE = '年货节开播提醒'
const BROKEN = {
  id: 'e2e-broken',
  type: 'live-reserve-card',
  version: 1,
  props: { finderUserName: 'orange-shop', title: '不应显示的卡片' },
}

mkdirSync(OUT, { recursive: true })
const storybook = await serveStatic(STORYBOOK)
const app = await serveStatic(APP)

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const consoleErrors = []
function watch(page, where) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // Taro H5 apps log one 404 for favicon.ico (docs/toolchain.md, pitfall: the favicon 404).
    if (/favicon\.ico/.test(message.location().url ?? '')) return
    consoleErrors.push(`${where}: ${message.text()}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(`${where}: ${String(error)}`))
  return page
}

const steps = []
async function step(name, run) {
  const started = Date.now()
  await run()
  steps.push(`${name} (${Date.now() - started} ms)`)
}
const fail = (message) => {
  throw new Error(message)
}

const desktop = await browser.newContext({
  viewport: { width: 1400, height: 1000 },
  locale: 'zh-CN',
})
const builder = watch(await desktop.newPage(), 'builder')
const phone = await browser.newContext(PHONE_CONTEXT)
const demo = watch(await phone.newPage(), 'app')
let current = builder
let blocks
let brokenId = BROKEN.id

try {
  await step('builder story: the sample page is listed and previewed', async () => {
    await builder.goto(`${storybook.url}iframe.html?id=${STORY}&viewMode=story`)
    await builder.getByTestId('page-blocks').waitFor({ timeout: 30_000 })
    await builder
      .getByTestId('preview-page')
      .locator('.tl-reserve-card')
      .first()
      .waitFor({ timeout: 15_000 })
  })
  await step(`builder: select the reserve card, set its title to ${TITLE}`, async () => {
    const card = builder.locator('li[data-type="live-reserve-card"][data-valid="true"]').first()
    const id = await card.getAttribute('data-testid').then((t) => t?.replace(/^block-/, ''))
    await builder.getByTestId(`select-${id}`).click()
    const form = builder.getByTestId('block-form')
    await builder.waitForFunction(
      (blockId) =>
        document.querySelector('[data-testid="block-form"]')?.dataset.blockId === blockId,
      id,
    )
    const title = form.getByRole('textbox', { name: /^标题/ })
    await title.fill(TITLE)
    await builder.getByTestId('block-valid').waitFor({ timeout: 5_000 })
    await builder.getByTestId('preview-page').getByText(TITLE).waitFor({ timeout: 10_000 })
  })
  await step('builder: export; the page JSON has the edit', async () => {
    await builder.getByTestId('export-json').click()
    const json = await builder.getByTestId('page-json').inputValue()
    blocks = JSON.parse(json)
    if (!Array.isArray(blocks) || blocks.length < 3)
      fail(`the exported page is not a block list: ${json}`)
    const edited = blocks.find((b) => b.type === 'live-reserve-card' && b.props?.title === TITLE)
    if (!edited) fail(`no reserve card titled ${TITLE} in the export: ${json}`)
    for (const type of ['live-reserve-card', 'profile-button', 'live-floating-window'])
      if (!blocks.some((b) => b.type === type)) fail(`the export has no ${type}`)
    await builder.screenshot({ path: `${OUT}/page-builder.png`, fullPage: true })
  })
  await step('add a broken block between two good ones (if the builder has none)', async () => {
    const invalid = await builder
      .locator('li[data-type][data-valid="false"]')
      .evaluateAll((items) => items.map((item) => item.dataset.testid.replace(/^block-/, '')))
    if (invalid.length === 0) blocks.splice(1, 0, BROKEN)
    else brokenId = invalid[0]
    if (invalid.length > 1)
      fail(`the builder has ${invalid.length} broken blocks; expected at most one`)
  })
  await step('app: the builder page renders the exported JSON from ?page=', async () => {
    current = demo
    const param = Buffer.from(JSON.stringify(blocks), 'utf8').toString('base64url')
    await demo.goto(`${app.url}#/pages/builder/index?page=${param}`)
    await demo.getByText(TITLE).waitFor({ timeout: 15_000 })
  })
  await step('app: the good blocks render (card with 预约, profile button, bubble)', async () => {
    await demo.getByRole('button', { name: '预约' }).first().waitFor({ timeout: 10_000 })
    await demo.getByRole('button', { name: '选择头像' }).waitFor({ timeout: 10_000 })
    await demo.evaluate((channel) => window.__taroLiveDemo.goLive(channel), CHANNEL)
    await demo.getByRole('button', { name: OPEN }).waitFor({ timeout: 10_000 })
    const cards = blocks.filter((b) => b.type === 'live-reserve-card' && b.id !== brokenId)
    const rendered = await demo.locator('.tl-reserve-card').count()
    if (rendered !== cards.length) fail(`${rendered} reserve cards rendered, ${cards.length} good`)
  })
  await step(
    'app: the broken block renders nothing, its neighbours render, it is reported',
    async () => {
      const text = (await demo.locator('body').textContent()) ?? ''
      if (brokenId === BROKEN.id && text.includes(BROKEN.props.title))
        fail(`the broken block rendered: ${BROKEN.props.title}`)
      // LivePage's children are the rendered blocks: every good block, in the page's order, and
      // nothing between the broken block's neighbours.
      const widget = {
        'tl-reserve-card': 'live-reserve-card',
        'tl-profile-button': 'profile-button',
        'tl-floating-window': 'live-floating-window',
      }
      const rendered = await demo
        .locator('.tl-page')
        .evaluate((root) => [...root.children].map((child) => child.classList[0]))
      const expected = blocks.filter((b) => b.id !== brokenId).map((b) => b.type)
      const got = rendered.map((name) => widget[name] ?? name)
      if (JSON.stringify(got) !== JSON.stringify(expected))
        fail(
          `rendered ${JSON.stringify(got)}, expected the good blocks ${JSON.stringify(expected)}`,
        )
      const report = demo.locator(`[data-testid="builder-errors"] [data-block-id="${brokenId}"]`)
      await report.waitFor({ timeout: 5_000 })
      const message = (await report.textContent()) ?? ''
      if (brokenId === BROKEN.id && !/视频号 ID/.test(message))
        fail(`the report does not say what is wrong: ${message}`)
      const reported = await demo.locator('[data-testid="builder-errors"] [data-block-id]').count()
      if (reported !== 1) fail(`${reported} blocks reported, expected only ${brokenId}`)
      await demo.screenshot({ path: `${OUT}/page-builder-app.png`, fullPage: true })
    },
  )
  if (consoleErrors.length) fail(`console errors:\n${consoleErrors.join('\n')}`)
  for (const line of steps) console.log(`ok  ${line}`)
  console.log(`e2e page builder: ${steps.length} steps passed; screenshots in ${OUT}/`)
} catch (error) {
  await current.screenshot({ path: `${OUT}/page-builder-failure.png` }).catch(() => {})
  for (const line of steps) console.log(`ok  ${line}`)
  console.error(`e2e page builder failed: ${error.message}`)
  if (consoleErrors.length) console.error(`console errors:\n${consoleErrors.join('\n')}`)
  process.exitCode = 1
} finally {
  await browser.close()
  storybook.close()
  app.close()
}
