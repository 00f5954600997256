// @vitest-environment jsdom
// `@taro-live/components/page`: LivePage renders a builder's blocks on the simulator, one bad block
// never affecting the others; property-based: any JSON renders without throwing.

import { LiveReserveCard, type LiveReserveCardProps } from '@taro-live/components/live-reserve-card'
import { manifests, WIDGET_TYPES } from '@taro-live/components/manifest'
import { LivePage, type LivePageError, renderBlocks } from '@taro-live/components/page'
import type { ProfileButtonProps } from '@taro-live/components/profile-button'
import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL, MODES, renderWith, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

let consoleError: ReturnType<typeof vi.spyOn>
/** React (development) rethrows a caught render error as a window `error` event: jsdom prints it. */
const silence = (event: Event) => event.preventDefault()
beforeEach(() => {
  // React logs every error a boundary catches; the test checks what reaches onError instead.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  window.addEventListener('error', silence)
})
afterEach(() => {
  window.removeEventListener('error', silence)
  cleanup()
  installWx(undefined)
  consoleError.mockRestore()
  vi.unstubAllEnvs()
})

/** A reserve card that throws while rendering when its title says so: reached through `components`. */
function Exploding(props: LiveReserveCardProps) {
  if (props.title === 'boom') throw new Error('the card exploded')
  return <LiveReserveCard {...props} />
}

/** Ten blocks, three broken (an unknown type, invalid props, one that throws while rendering). */
const BLOCKS = [
  { id: 'card', type: 'live-reserve-card', props: { finderUserName: CHANNEL, whenEmpty: 'empty' } },
  { id: 'bubble', type: 'live-floating-window', version: 2, props: { finderUserName: CHANNEL } },
  { id: 'banner', type: 'live-banner', props: { text: 'hi' } },
  { id: 'profile', type: 'profile-button', props: { desc: null } },
  { id: 'bad-card', type: 'live-reserve-card', props: { finderUserName: 'wx_shop' } },
  {
    id: 'card-2',
    type: 'live-reserve-card',
    props: { finderUserName: CHANNEL, title: '冬季新品', whenEmpty: 'empty', cover: null },
  },
  { id: 'boom', type: 'live-reserve-card', props: { finderUserName: CHANNEL, title: 'boom' } },
  // Version 1 (edgeGap) is migrated; a missing version is 1.
  { id: 'bubble-v1', type: 'live-floating-window', props: { finderUserName: CHANNEL, edgeGap: 4 } },
  { id: 'profile-2', type: 'profile-button', props: {} },
  {
    id: 'card-3',
    type: 'live-reserve-card',
    props: { finderUserName: CHANNEL, whenEmpty: 'empty', texts: { reserve: '约' } },
  },
]

/** Errors in the page's order (a boundary reports in the commit, before failed blocks' effects). */
const byBlock = (errors: LivePageError[]) =>
  [...errors].sort(
    (a, b) =>
      BLOCKS.findIndex((block) => block.id === a.blockId) -
      BLOCKS.findIndex((block) => block.id === b.blockId),
  )

/** What the stand-in profile button was given. */
const seen: unknown[] = []
function Profile(props: ProfileButtonProps) {
  seen.push(props)
  return null
}

const count = (selector: string) => document.querySelectorAll(selector).length
const placeholders = () =>
  [...document.querySelectorAll('.tl-page__placeholder')].map((el) => el.textContent)

describe.each(MODES)('LivePage (%s)', (_mode, wrap) => {
  /** The ten blocks, the exploding card among them, on the simulator; what it reported. */
  async function renderTenBlocks(className?: string) {
    const { platform } = setupSim()
    const errors: LivePageError[] = []
    renderWith(
      <LivePage
        blocks={BLOCKS}
        onError={(error) => errors.push(error)}
        components={{ 'live-reserve-card': Exploding }}
        className={className}
      />,
      { platform, wrap },
    )
    await settle()
    return errors
  }

  it('renders the seven good blocks and reports the three broken ones with their ids', async () => {
    const errors = await renderTenBlocks('shop')
    expect(document.querySelector('.tl-page')?.className).toBe('tl-page shop')
    expect(count('.tl-reserve-card')).toBe(3)
    expect(count('.tl-floating-window')).toBe(2)
    expect(count('.tl-profile-button')).toBe(2)
    expect(byBlock(errors).map((e) => [e.blockId, e.code, e.message])).toEqual([
      ['banner', 'invalid-argument', '未知的组件类型“live-banner”'],
      ['bad-card', 'invalid-argument', '视频号 ID 格式不正确，应以 sph 开头'],
      ['boom', 'invalid-argument', 'boom (live-reserve-card): the card exploded'],
    ])
    expect(byBlock(errors)[1]?.validationErrors?.map((e) => e.path)).toEqual([
      '/4/props/finderUserName',
    ])
    expect(byBlock(errors)[2]?.cause).toBeInstanceOf(Error)
    // Development: a placeholder with the block's id and its first error.
    expect(placeholders()).toEqual([
      'banner (live-banner): 未知的组件类型“live-banner”',
      'bad-card (live-reserve-card): 视频号 ID 格式不正确，应以 sph 开头',
      'boom (live-reserve-card): the card exploded',
    ])
  })

  it('renders the embedded live and the sheet-mode card from JSON; a bad mode is reported with its title', async () => {
    const { platform } = setupSim({ baseLibrary: '3.13.0' }, 'simulator')
    const errors: LivePageError[] = []
    renderWith(
      <LivePage
        blocks={[
          { id: 'embed', type: 'live-embed', props: { finderUserName: CHANNEL } },
          {
            id: 'embed-card',
            type: 'live-embed',
            props: { finderUserName: CHANNEL, mode: 'card' },
          },
          {
            id: 'bad-embed',
            type: 'live-embed',
            props: { finderUserName: CHANNEL, mode: 'popup' },
          },
          {
            id: 'sheet',
            type: 'live-reserve-card',
            props: { finderUserName: CHANNEL, reserveWith: 'sheet', whenEmpty: 'empty' },
          },
        ]}
        onError={(error) => errors.push(error)}
      />,
      { platform, wrap },
    )
    await settle()
    expect(count('.tl-live-embed--embedded')).toBe(1)
    expect(count('.tl-live-embed--card')).toBe(1)
    expect(count('.tl-reserve-card')).toBe(1)
    expect(errors.map((e) => [e.blockId, e.code, e.validationErrors?.[0]?.path])).toEqual([
      ['bad-embed', 'invalid-argument', '/2/props/mode'],
    ])
    expect(errors[0]?.message).toContain('展示方式')
  })

  it('shows no placeholder in production, and still reports', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const errors = await renderTenBlocks()
    expect(placeholders()).toEqual([])
    expect(count('.tl-reserve-card')).toBe(3)
    expect(byBlock(errors).map((e) => e.blockId)).toEqual(['banner', 'bad-card', 'boom'])
  })

  it('renders nothing for blocks that are not a list, and reports once', async () => {
    const { platform } = setupSim()
    for (const blocks of [null, undefined, { id: 'a' }, 'page']) {
      const errors: LivePageError[] = []
      const view = renderWith(
        <LivePage blocks={blocks} locale="en-US" onError={(e) => errors.push(e)} />,
        { platform, wrap },
      )
      await settle()
      expect(errors.map((e) => [e.blockId, e.code, e.message])).toEqual([
        [undefined, 'invalid-argument', 'the page must be a list of blocks'],
      ])
      expect(placeholders()).toEqual(['blocks: the page must be a list of blocks'])
      view.unmount()
    }
  })

  it('reports in the page’s locale, passes it and uploadAvatar on, and a fixed block renders', async () => {
    const { platform } = setupSim()
    const errors: LivePageError[] = []
    const uploadAvatar = async (path: string) => `https://cdn.example.com/${path}`
    seen.length = 0
    const page = (blocks: unknown) => (
      <LivePage
        blocks={blocks}
        locale="en-US"
        uploadAvatar={uploadAvatar}
        onError={(e) => errors.push(e)}
        components={{ 'profile-button': Profile }}
      />
    )
    const bad = [{ id: 'c', type: 'live-reserve-card', props: { finderUserName: 'x' } }]
    const view = renderWith(page(bad), { platform, wrap })
    await settle()
    expect(errors.map((e) => e.message)).toEqual([
      'Channel id must be at least 4 characters; Channel id is not valid: it starts with sph',
    ])
    view.rerender(
      page([
        {
          id: 'c',
          type: 'live-reserve-card',
          props: { finderUserName: CHANNEL, whenEmpty: 'empty' },
        },
        { id: 'p', type: 'profile-button', props: { desc: '会员' } },
      ]),
    )
    await settle()
    expect(placeholders()).toEqual([])
    expect(count('.tl-reserve-card')).toBe(1)
    expect(seen.at(-1)).toMatchObject({ desc: '会员', locale: 'en-US', uploadAvatar })
    expect(errors).toHaveLength(1)
  })

  it('forwards a widget’s own failures with the block id', async () => {
    // WeChat DevTools answers -14 to the Channels APIs.
    const { platform } = setupSim({ mode: 'devtools' })
    const errors: LivePageError[] = []
    renderWith(
      <LivePage
        blocks={[
          {
            id: 'ghost',
            type: 'live-floating-window',
            version: 2,
            props: { finderUserName: 'sphNobodyHere' },
          },
        ]}
        onError={(e) => errors.push(e)}
      />,
      { platform, wrap },
    )
    await settle()
    expect(errors.map((e) => [e.blockId, e.blockType, e.code])).toContainEqual([
      'ghost',
      'live-floating-window',
      'devtools-unsupported',
    ])
    expect(placeholders()).toEqual([])
  })
})

/** Throws something that is not an Error. */
function Thrower(): never {
  throw 'not an error object'
}

describe('renderBlocks', () => {
  it('reports a thrown value that is not an Error, with the block id', async () => {
    const { platform } = setupSim()
    const errors: LivePageError[] = []
    const blocks = [{ id: 'p', type: 'profile-button' }]
    renderWith(
      <div>
        {renderBlocks(blocks, {
          onError: (e) => errors.push(e),
          components: { 'profile-button': Thrower },
        })}
      </div>,
      { platform, wrap: (node) => node },
    )
    await settle()
    expect(errors.map((e) => [e.blockId, e.code, e.message, e.cause])).toEqual([
      ['p', 'invalid-argument', 'p (profile-button): not an error object', 'not an error object'],
    ])
  })

  it('returns one keyed node per block', () => {
    const nodes = renderBlocks(BLOCKS.slice(0, 3))
    expect(nodes).toHaveLength(3)
    expect(nodes.map((n) => (n as { key: string }).key)).toEqual(['card', 'bubble', '2:banner'])
  })
})

describe('properties', () => {
  const block = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 4 }), fc.jsonValue()),
      type: fc.oneof(fc.constantFrom(...WIDGET_TYPES), fc.string({ maxLength: 4 })),
      version: fc.option(fc.integer({ min: 0, max: 3 })),
      props: fc.oneof(
        fc.constantFrom(...Object.values(manifests).flatMap((m) => m.examples.map((e) => e.props))),
        fc.dictionary(
          fc.constantFrom('finderUserName', 'title', 'corner', 'desc', 'texts', 'gap', 'x'),
          fc.oneof(fc.constant(CHANNEL), fc.jsonValue()),
        ),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  )
  const pages = fc.oneof(
    { weight: 4, arbitrary: fc.array(block, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.jsonValue() },
  )

  it('LivePage renders any JSON without throwing; every failure is reported, the rest renders', async () => {
    const { platform } = setupSim()
    await fc.assert(
      fc.asyncProperty(pages, async (blocks) => {
        const errors: LivePageError[] = []
        const view = renderWith(<LivePage blocks={blocks} onError={(e) => errors.push(e)} />, {
          platform,
          wrap: (node) => node,
        })
        await settle()
        const failed = placeholders().length
        expect(errors.filter((e) => e.validationErrors).length).toBe(failed)
        view.unmount()
      }),
      { numRuns: 40 },
    )
  }, 120_000)

  it('renderBlocks never throws for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        render(<div>{renderBlocks(value)}</div>).unmount()
      }),
      { numRuns: 100 },
    )
  })
})
