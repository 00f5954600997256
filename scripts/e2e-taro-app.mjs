// End-to-end: the example app's demo H5 build (the widgets on the simulator), served on 127.0.0.1
// and driven in Debian's Chromium. Screenshots go to artifacts/e2e/ (git-ignored).
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PHONE_CONTEXT } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

// E2E_ROOT points it at another build of the same app (e.g. one made with another Taro version).
const ROOT = process.env.E2E_ROOT ?? 'examples/taro-app/dist-demo'
const OUT = 'artifacts/e2e'
const OPEN = /进入橙子优选的直播间$/

mkdirSync(OUT, { recursive: true })
const server = await serveStatic(ROOT)
const base = server.url

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const context = await browser.newContext(PHONE_CONTEXT)
const page = await context.newPage()
const consoleErrors = []
page.on('console', (message) => {
  if (message.type() !== 'error') return
  // Taro H5 apps log one 404 for favicon.ico (docs/toolchain.md, pitfall: the favicon 404).
  if (/favicon\.ico/.test(message.location().url ?? '')) return
  consoleErrors.push(message.text())
})
page.on('pageerror', (error) => consoleErrors.push(String(error)))

const steps = []
async function step(name, run) {
  const started = Date.now()
  await run()
  steps.push(`${name} (${Date.now() - started} ms)`)
}
const calls = (api) => page.evaluate((name) => window.__taroLiveDemo.callsTo(name), api)

try {
  await step('live page: the card shows the notice with 预约', async () => {
    await page.goto(`${base}#/pages/live/index`)
    await page.getByRole('button', { name: '预约' }).waitFor({ timeout: 15_000 })
  })
  await step('reserve: the popup is confirmed and the card says 已预约', async () => {
    await page.getByRole('button', { name: '预约' }).tap()
    await page.getByRole('button', { name: '已预约' }).waitFor({ timeout: 5_000 })
    const [reserve] = await calls('reserveChannelsLive')
    if (reserve?.outcome !== 'success') throw new Error(`reserve: ${JSON.stringify(reserve)}`)
  })
  await step('the channel goes live: the floating window appears', async () => {
    await page.evaluate(() => window.__taroLiveDemo.goLive('sphOrangeShop'))
    await page.getByRole('button', { name: OPEN }).waitFor({ timeout: 10_000 })
    await page.screenshot({ path: `${OUT}/live-page.png` })
  })
  await step(
    'tap the floating window: one openChannelsLive, inside the tap, with the ids',
    async () => {
      await page.getByRole('button', { name: OPEN }).tap()
      await page.waitForFunction(() => window.__taroLiveDemo.callsTo('openChannelsLive').length > 0)
      await page.waitForTimeout(500)
      const opened = await calls('openChannelsLive')
      if (opened.length !== 1) throw new Error(`${opened.length} openChannelsLive calls`)
      const [call] = opened
      if (!call.inTap || !call.params.feedId || !call.params.nonceId || call.outcome !== 'success')
        throw new Error(`openChannelsLive: ${JSON.stringify(call)}`)
    },
  )
  await step(
    'a real tap whose handler opens the live room one microtask late: refused, as on WeChat',
    async () => {
      // A browser runs microtasks between the listeners of a real (trusted) click; the simulator
      // must still refuse a `Promise.then` around the call, as WeChat does.
      await page.evaluate(() => {
        const sim = window.__taroLiveDemo
        const button = document.createElement('button')
        button.id = 'deferred-open'
        button.textContent = 'deferred open'
        button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999'
        button.addEventListener('click', () => {
          void Promise.resolve().then(() =>
            sim.openChannelsLive({ finderUserName: 'sphOrangeShop' }),
          )
        })
        document.body.append(button)
      })
      await page.locator('#deferred-open').tap()
      await page.waitForFunction(() => window.__taroLiveDemo.callsTo('openChannelsLive').length > 1)
      const deferred = (await calls('openChannelsLive'))[1]
      if (deferred.inTap)
        throw new Error(`a deferred open counted as in the tap: ${JSON.stringify(deferred)}`)
      await page.evaluate(() => document.getElementById('deferred-open')?.remove())
    },
  )
  await step(
    'member page: choose an avatar, type a nickname, save; the profile is shown',
    async () => {
      await page.goto(`${base}#/pages/member/index`)
      await page.getByRole('button', { name: '选择头像' }).tap()
      const input = page.getByRole('textbox', { name: '请输入昵称' })
      await input.fill('小橙')
      await input.blur()
      await page.getByRole('button', { name: '保存' }).tap()
      await page.getByRole('button', { name: '修改' }).waitFor({ timeout: 5_000 })
      await page.getByText('小橙').waitFor()
      await page.screenshot({ path: `${OUT}/member-page.png` })
    },
  )
  if (consoleErrors.length) throw new Error(`console errors:\n${consoleErrors.join('\n')}`)
  for (const line of steps) console.log(`ok  ${line}`)
  console.log(`e2e: ${steps.length} steps passed; screenshots in ${OUT}/`)
} catch (error) {
  await page.screenshot({ path: `${OUT}/failure.png` }).catch(() => {})
  for (const line of steps) console.log(`ok  ${line}`)
  console.error(`e2e failed: ${error.message}`)
  if (consoleErrors.length) console.error(`console errors:\n${consoleErrors.join('\n')}`)
  process.exitCode = 1
} finally {
  await browser.close()
  server.close()
}
