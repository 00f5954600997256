// Screenshots of chosen stories from the static Storybook (`pnpm build-storybook` first), in the
// light and the dark theme, into artifacts/screenshots/ (git-ignored). For looking, not for tests.
//   node scripts/story-screenshots.mjs [story-id …]
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

const ROOT = 'storybook-static'
const OUT = 'artifacts/screenshots'

const stories = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'widgets-livefloatingwindow--live',
      'widgets-livefloatingwindow--preparing',
      'widgets-livereservecard--upcoming',
      'widgets-livereservecard--countdown',
      'widgets-livereservecard--lingering',
      'widgets-livereservecard--live-now',
      'widgets-livereservecard--expired',
      'widgets-livereservecard--loading',
      'widgets-profilebutton--choose-avatar',
      'widgets-profilebutton--get-user-profile',
    ]

mkdirSync(OUT, { recursive: true })
const server = await serveStatic(ROOT)
const base = server.url

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 900, height: 560 }, deviceScaleFactor: 1 })
for (const id of stories) {
  for (const theme of ['light', 'dark']) {
    // `base` ends with a slash: resolve against it rather than pasting `/iframe.html` onto it (a
    // `//iframe.html` page loads, but its relative assets do not, and the screenshot is blank).
    const url = new URL(`iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`, base)
    await page.goto(url.href)
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${OUT}/${id}--${theme}.png` })
  }
}
await browser.close()
server.close()
console.log(`${stories.length * 2} screenshots in ${OUT}/`)
