// Screenshots of chosen stories from the static Storybook (`pnpm build-storybook` first), in the
// light and the dark theme, into artifacts/screenshots/ (git-ignored). For looking, not for tests.
//   node scripts/story-screenshots.mjs [story-id …]
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const ROOT = 'storybook-static'
const OUT = 'artifacts/screenshots'
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

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

if (!existsSync(ROOT)) throw new Error('Run `pnpm build-storybook` first')
mkdirSync(OUT, { recursive: true })
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  let file = join(ROOT, path)
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 900, height: 560 }, deviceScaleFactor: 1 })
for (const id of stories) {
  for (const theme of ['light', 'dark']) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`)
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${OUT}/${id}--${theme}.png` })
  }
}
await browser.close()
server.close()
console.log(`${stories.length * 2} screenshots in ${OUT}/`)
