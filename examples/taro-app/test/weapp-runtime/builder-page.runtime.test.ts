import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validatePage } from '@taro-live/components/manifest'
import { afterEach, describe, expect, test } from 'vitest'
import { startApp } from './example-app'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

/** The page JSON the app renders, as the page builder saved it (checked into the app). */
const SAVED = JSON.parse(
  readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/pages/builder/page.json'),
    'utf8',
  ),
) as { id: string; type: string }[]

/** The root class of each widget in the built page. */
const ROOT_CLASS: Record<string, string> = {
  'live-reserve-card': '.tl-reserve-card',
  'live-floating-window': '.tl-floating-window',
  'profile-button': '.tl-profile-button',
}

describe('the page-builder page, built for weapp, in WeChat’s component runtime', () => {
  test('renders every valid block of the saved page and nothing of the broken ones', async () => {
    const checked = validatePage(SAVED)
    const good = checked.blocks.filter((b) => b.ok)
    const broken = checked.blocks.filter((b) => !b.ok)
    // The saved page must hold both kinds, or this test proves nothing.
    expect(good.length).toBeGreaterThanOrEqual(3)
    expect(broken.length).toBeGreaterThanOrEqual(1)

    const started = startApp()
    stop = started.stop
    const { app } = started
    const page = await app.openPage('pages/builder/index')
    await page.waitFor(
      () => page.find('.tl-floating-window') !== undefined,
      'the floating window of the saved page',
    )
    await page.settle(200)

    // Rendered content first: each good block's widget is there, as many times as it is saved.
    for (const [type, selector] of Object.entries(ROOT_CLASS)) {
      const expected = good.filter((b) => b.type === type).length
      expect(page.findAll(selector).length, type).toBe(expected)
    }
    for (const block of SAVED) {
      const title = (block as { props?: { title?: unknown } }).props?.title
      if (typeof title !== 'string') continue
      const isGood = good.some((b) => b.id === block.id)
      // A good block's title is on the page; a broken block's is not (it renders nothing).
      expect(page.text().includes(title), `${block.id}: ${title}`).toBe(isGood)
    }
    // The whole channel is fetched once for all of its widgets, whatever the number of blocks.
    expect(app.callsTo('getChannelsLiveInfo').length).toBe(1)
    // In a production build a broken block shows no placeholder and logs nothing.
    expect(page.text()).not.toMatch(/invalid|无效/i)
    expect(app.errors).toEqual([])
  })
})
