// `@taro-live/components/manifest`: validateWidgetConfig, migrateWidgetConfig and validatePage,
// with the exact path and both locales' messages of each kind of mistake, and property-based tests.
import {
  manifests,
  migrateWidgetConfig,
  stripNulls,
  type ValidationError,
  validatePage,
  validateWidgetConfig,
  WIDGET_TYPES,
} from '@taro-live/components/manifest'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const CHANNEL = 'sphABCdef123'

/** The one error of a config, in both locales: `[path, code, zh-CN message, en-US message]`. */
function onlyError(type: string, config: unknown, version?: number) {
  const zh = validateWidgetConfig(type, config, { version })
  const en = validateWidgetConfig(type, config, { version, locale: 'en-US' })
  if (zh.ok || en.ok) throw new Error('expected an error')
  expect(zh.errors).toHaveLength(1)
  const [z, e] = [zh.errors[0], en.errors[0]] as [ValidationError, ValidationError]
  expect(e.path).toBe(z.path)
  expect(e.code).toBe(z.code)
  return [z.path, z.code, z.message, e.message]
}

describe('validateWidgetConfig', () => {
  it('accepts a valid config and returns its props unchanged, without defaults', () => {
    const result = validateWidgetConfig('live-reserve-card', { finderUserName: CHANNEL })
    expect(result).toEqual({
      ok: true,
      type: 'live-reserve-card',
      version: 1,
      props: { finderUserName: CHANNEL },
    })
  })

  it('treats null as "not set", in nested objects too, without changing the input', () => {
    const config = {
      finderUserName: CHANNEL,
      title: null,
      texts: { reserve: null, reserved: '约了' },
      cover: null,
    }
    const before = structuredClone(config)
    expect(validateWidgetConfig('live-reserve-card', config)).toEqual({
      ok: true,
      type: 'live-reserve-card',
      version: 1,
      props: { finderUserName: CHANNEL, texts: { reserved: '约了' } },
    })
    expect(config).toEqual(before)
    // A required field that is null is missing.
    expect(onlyError('live-reserve-card', { finderUserName: null })).toEqual([
      '/finderUserName',
      'required',
      '请填写视频号 ID',
      'Channel id is required',
    ])
  })

  it('rejects an unknown widget type', () => {
    expect(onlyError('live-banner', {})).toEqual([
      '',
      'unknown-type',
      '未知的组件类型“live-banner”',
      'Unknown widget type "live-banner"',
    ])
    // Not an inherited key either.
    expect(validateWidgetConfig('toString', {}).ok).toBe(false)
  })

  it('rejects an unknown field', () => {
    expect(onlyError('live-reserve-card', { finderUserName: CHANNEL, colour: 'red' })).toEqual([
      '/colour',
      'unknown-field',
      '不支持的设置项“colour”',
      'Unknown setting "colour"',
    ])
    expect(
      onlyError('live-reserve-card', { finderUserName: CHANNEL, texts: { reserv: '约' } }),
    ).toEqual([
      '/texts/reserv',
      'unknown-field',
      '不支持的设置项“reserv”',
      'Unknown setting "reserv"',
    ])
  })

  it('rejects a wrong type', () => {
    expect(
      onlyError('live-floating-window', { finderUserName: CHANNEL, closable: 'yes' }, 2),
    ).toEqual([
      '/closable',
      'type',
      '显示关闭按钮的值不正确，应为开关值（是/否）',
      'Closable must be true or false',
    ])
    expect(
      onlyError('live-reserve-card', { finderUserName: CHANNEL, countdownWithinMs: 1.5 }),
    ).toEqual([
      '/countdownWithinMs',
      'type',
      '倒计时范围的值不正确，应为整数',
      'Countdown within must be a whole number',
    ])
    expect(onlyError('profile-button', 'desc')).toEqual([
      '',
      'type',
      '头像昵称的值不正确，应为一组设置',
      'Profile button must be a group of settings',
    ])
  })

  it('rejects an overlong string, counting characters (an emoji is one)', () => {
    expect(
      onlyError('live-reserve-card', {
        finderUserName: CHANNEL,
        texts: { reserve: '立即预约本场直播吧朋友们' },
      }),
    ).toEqual([
      '/texts/reserve',
      'too-long',
      '预约按钮不能超过 10 个字',
      'Reserve button must be at most 10 characters',
    ])
    expect(
      validateWidgetConfig('live-reserve-card', {
        finderUserName: CHANNEL,
        texts: { reserve: '🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉' },
      }).ok,
    ).toBe(true)
  })

  it('rejects a too-short string', () => {
    expect(onlyError('profile-button', { desc: '' })).toEqual([
      '/desc',
      'too-short',
      '授权说明至少需要 1 个字',
      'Purpose must be at least 1 characters',
    ])
  })

  it('rejects a cover that is not an https URL', () => {
    expect(
      onlyError('live-reserve-card', {
        finderUserName: CHANNEL,
        cover: 'http://example.com/a.png',
      }),
    ).toEqual([
      '/cover',
      'pattern',
      '封面图必须是 https 开头的图片地址',
      'Cover image must be an image URL starting with https://',
    ])
    const notUrl = validateWidgetConfig('live-reserve-card', {
      finderUserName: CHANNEL,
      cover: 'a cover.png',
    })
    expect(!notUrl.ok && notUrl.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['/cover', 'pattern', '封面图必须是 https 开头的图片地址'],
      ['/cover', 'format', '封面图不是有效的网址'],
    ])
  })

  it('rejects a bad channel id', () => {
    expect(onlyError('live-reserve-card', { finderUserName: 'wx_shop_123' })).toEqual([
      '/finderUserName',
      'pattern',
      '视频号 ID 格式不正确，应以 sph 开头',
      'Channel id is not valid: it starts with sph',
    ])
  })

  it('rejects a value outside the options, naming them in the locale', () => {
    expect(
      onlyError('live-floating-window', { finderUserName: CHANNEL, corner: 'middle' }, 2),
    ).toEqual([
      '/corner',
      'enum',
      '初始位置只能选择：左上、右上、左下、右下',
      'Starting corner must be one of: Top left, Top right, Bottom left, Bottom right',
    ])
  })

  it('rejects a number out of range', () => {
    expect(onlyError('live-floating-window', { finderUserName: CHANNEL, gap: 101 }, 2)).toEqual([
      '/gap',
      'range',
      '边距不能大于 100',
      'Edge gap must be at most 100',
    ])
    expect(
      onlyError(
        'live-floating-window',
        { finderUserName: CHANNEL, defaultOffset: { x: -1, y: 0 } },
        2,
      ),
    ).toEqual(['/defaultOffset/x', 'range', 'x 不能小于 0', 'x must be at least 0'])
  })

  it('reports every mistake at once', () => {
    const result = validateWidgetConfig('live-reserve-card', {
      title: 'x'.repeat(31),
      whenEmpty: 'never',
      foo: 1,
    })
    expect(!result.ok && result.errors.map((e) => [e.path, e.code])).toEqual([
      ['/finderUserName', 'required'],
      ['/foo', 'unknown-field'],
      ['/title', 'too-long'],
      ['/whenEmpty', 'enum'],
    ])
  })

  it('keeps a __proto__ key a key, and reports it', () => {
    const config = JSON.parse('{"finderUserName":"sphABCdef123","__proto__":{"closable":true}}')
    expect(onlyError('live-floating-window', config, 2)).toEqual([
      '/__proto__',
      'unknown-field',
      '不支持的设置项“__proto__”',
      'Unknown setting "__proto__"',
    ])
  })
})

describe('versions and migrations', () => {
  it('migrates the floating window from version 1 (edgeGap) to 2 (gap)', () => {
    expect(
      validateWidgetConfig(
        'live-floating-window',
        { finderUserName: CHANNEL, edgeGap: 12 },
        { version: 1 },
      ),
    ).toEqual({
      ok: true,
      type: 'live-floating-window',
      version: 2,
      props: { finderUserName: CHANNEL, gap: 12 },
    })
    // Both set: gap wins.
    expect(migrateWidgetConfig('live-floating-window', 1, { edgeGap: 12, gap: 4 })).toEqual({
      ok: true,
      type: 'live-floating-window',
      version: 2,
      props: { gap: 4 },
    })
    // A null gap is "not set": edgeGap is used.
    expect(
      migrateWidgetConfig('live-floating-window', 1, { edgeGap: 12, gap: null }),
    ).toMatchObject({
      props: { gap: 12 },
    })
  })

  it('treats a config without a version as version 1', () => {
    expect(
      validateWidgetConfig('live-floating-window', { finderUserName: CHANNEL, edgeGap: 3 }),
    ).toMatchObject({ ok: true, version: 2, props: { finderUserName: CHANNEL, gap: 3 } })
  })

  it('does not accept edgeGap in a version 2 config', () => {
    expect(onlyError('live-floating-window', { finderUserName: CHANNEL, edgeGap: 3 }, 2)[1]).toBe(
      'unknown-field',
    )
  })

  it('rejects a version newer than the manifest’s, or not a version', () => {
    expect(onlyError('live-floating-window', { finderUserName: CHANNEL }, 3)).toEqual([
      '',
      'unsupported-version',
      '直播悬浮窗的配置版本 3 比当前组件库支持的版本 2 新，请升级 @taro-live/components',
      'Live floating window: configuration version 3 is newer than this @taro-live/components supports (2); upgrade it',
    ])
    for (const version of [0, 1.5, -1, Number.NaN]) {
      expect(onlyError('live-reserve-card', { finderUserName: CHANNEL }, version)[1]).toBe(
        'unsupported-version',
      )
    }
  })
})

describe('validatePage', () => {
  it('validates each block on its own, with paths into the list and block ids', () => {
    const page = validatePage(
      [
        { id: 'a', type: 'live-reserve-card', props: { finderUserName: CHANNEL, title: null } },
        { id: 'b', type: 'live-banner', props: {} },
        {
          id: 'c',
          type: 'live-floating-window',
          version: 1,
          props: { finderUserName: CHANNEL, edgeGap: 2 },
        },
        { id: 'd', type: 'profile-button', props: { desc: 'x'.repeat(31) } },
        { id: 'a', type: 'profile-button' },
        { type: 'profile-button' },
        'block',
        { id: 'e', type: 'profile-button', props: [] },
        { id: 'f', type: 'profile-button', version: '2' },
        { id: 'g', type: 'profile-button', props: null, version: null, hidden: true },
        { id: 'h', type: 'live-floating-window', version: 9, props: { finderUserName: CHANNEL } },
      ],
      { locale: 'en-US' },
    )
    expect(page.ok).toBe(false)
    expect(page.blocks.map((b) => [b.index, b.id, b.ok])).toEqual([
      [0, 'a', true],
      [1, 'b', false],
      [2, 'c', true],
      [3, 'd', false],
      [4, 'a', false],
      [5, undefined, false],
      [6, undefined, false],
      [7, 'e', false],
      [8, 'f', false],
      [9, 'g', true],
      [10, 'h', false],
    ])
    expect(page.blocks[2]).toMatchObject({ version: 2, props: { finderUserName: CHANNEL, gap: 2 } })
    expect(page.errors.map((e) => [e.blockId, e.path, e.code, e.message])).toEqual([
      ['b', '/1/type', 'unknown-type', 'Unknown widget type "live-banner"'],
      ['d', '/3/props/desc', 'too-long', 'Purpose must be at most 30 characters'],
      ['a', '/4/id', 'invalid-block', 'Block 5 is not valid: its id is used by another block'],
      [undefined, '/5/id', 'invalid-block', 'Block 6 is not valid: it has no id'],
      [undefined, '/6', 'invalid-block', 'Block 7 is not valid: a block must be an object'],
      ['e', '/7/props', 'invalid-block', 'Block 8 is not valid: its props must be an object'],
      [
        'f',
        '/8/version',
        'invalid-block',
        'Block 9 is not valid: its version must be a positive whole number',
      ],
      [
        'h',
        '/10/version',
        'unsupported-version',
        'Live floating window: configuration version 9 is newer than this @taro-live/components supports (2); upgrade it',
      ],
    ])
  })

  it('reports a page that is not a list once', () => {
    for (const blocks of [null, undefined, {}, 'page', 3]) {
      const page = validatePage(blocks)
      expect(page).toMatchObject({ ok: false, blocks: [] })
      expect(page.errors.map((e) => [e.path, e.code, e.message])).toEqual([
        ['', 'invalid-block', '页面数据应为区块列表'],
      ])
    }
    expect(validatePage([])).toEqual({ ok: true, blocks: [], errors: [] })
  })
})

describe('properties', () => {
  const types = fc.constantFrom(...WIDGET_TYPES, 'live-banner', '', '__proto__', 'constructor')

  type Field = Record<string, unknown> & { properties?: Record<string, Field>; required?: string[] }

  /** Mostly values valid for the field (from its schema), sometimes anything. */
  function fieldValue(name: string, field: Field): fc.Arbitrary<unknown> {
    const options = (field.oneOf as { const: unknown }[] | undefined)?.map((o) => o.const)
    const min = (field.minimum as number | undefined) ?? 0
    const max = (field.maximum as number | undefined) ?? 1000
    const valid: fc.Arbitrary<unknown> = options
      ? fc.constantFrom(...options)
      : field.properties
        ? propsOf(field)
        : name === 'finderUserName'
          ? fc.constantFrom(CHANNEL, 'sph_a-B9')
          : field.format === 'uri'
            ? fc.constantFrom('https://example.com/a.png', 'https://cdn.example.com/c?x=1')
            : field.type === 'string'
              ? fc.string({
                  minLength: (field.minLength as number | undefined) ?? 0,
                  maxLength: Math.min((field.maxLength as number | undefined) ?? 10, 10),
                })
              : field.type === 'integer'
                ? fc.integer({ min, max })
                : field.type === 'number'
                  ? fc.double({ min, max, noNaN: true })
                  : field.type === 'boolean'
                    ? fc.boolean()
                    : fc.jsonValue()
    return fc.oneof(
      { weight: 12, arbitrary: valid },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.jsonValue() },
    )
  }
  function propsOf(schema: Field): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {}
    const record = Object.fromEntries(
      Object.entries(properties).map(([name, field]) => [name, fieldValue(name, field)]),
    )
    return fc.oneof(
      { weight: 8, arbitrary: fc.record(record, { requiredKeys: schema.required ?? [] }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.record(record, { requiredKeys: [] }),
            fc.dictionary(fc.string(), fc.jsonValue()),
          )
          .map(([known, extra]) => ({ ...extra, ...known })),
      },
    )
  }
  const configOf = (type: string) => {
    const manifest = Object.hasOwn(manifests, type)
      ? manifests[type as keyof typeof manifests]
      : undefined
    return manifest ? propsOf(manifest.props as unknown as Field) : fc.jsonValue()
  }
  const configs = types.chain((type) =>
    fc.tuple(
      fc.constant(type),
      fc.oneof({ weight: 6, arbitrary: configOf(type) }, { weight: 1, arbitrary: fc.jsonValue() }),
      fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined, freq: 2 }),
    ),
  )

  it('validateWidgetConfig never throws, and what it accepts validates again as itself', () => {
    let valid = 0
    fc.assert(
      fc.property(
        configs,
        fc.constantFrom('zh-CN', 'en-US' as const),
        ([type, config, version], locale) => {
          const result = validateWidgetConfig(type, config, { version, locale })
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0)
            for (const e of result.errors) {
              expect(e.path === '' || e.path.startsWith('/')).toBe(true)
              expect(e.message).not.toMatch(/undefined|\[object/)
            }
            return
          }
          valid++
          expect(result.type).toBe(type)
          const again = validateWidgetConfig(type, result.props, { version: result.version })
          expect(again).toEqual(result)
          expect(JSON.stringify(result.props)).not.toContain('null')
        },
      ),
      { numRuns: 600 },
    )
    expect(valid).toBeGreaterThan(20)
  })

  it('validatePage never throws, and its valid blocks validate again', () => {
    const block = fc.oneof(
      configs.map(([type, props, version]) => ({ id: 'x', type, version, props })),
      fc.jsonValue(),
    )
    const pages = fc.oneof(
      fc
        .array(block, { maxLength: 6 })
        .map((blocks) =>
          blocks.map((b, i) =>
            b && typeof b === 'object' && !Array.isArray(b) && 'id' in b
              ? { ...b, id: `b${i}` }
              : b,
          ),
        ),
      fc.jsonValue(),
    )
    fc.assert(
      fc.property(pages, (blocks) => {
        const page = validatePage(blocks)
        expect(page.ok).toBe(page.errors.length === 0)
        for (const result of page.blocks) {
          if (!result.ok) continue
          expect(
            validateWidgetConfig(result.type, result.props, { version: result.version }),
          ).toEqual({
            ok: true,
            type: result.type,
            version: result.version,
            props: result.props,
          })
        }
      }),
      { numRuns: 300 },
    )
  })

  it('stripNulls removes nulls from objects at any depth and nothing else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const stripped = stripNulls(value)
        const hasNullMember = (v: unknown): boolean =>
          Array.isArray(v)
            ? v.some((x) => x !== null && hasNullMember(x))
            : typeof v === 'object' && v !== null
              ? Object.values(v).some((x) => x === null || hasNullMember(x))
              : false
        expect(hasNullMember(stripped)).toBe(false)
        if (value === null || typeof value !== 'object') expect(stripped).toBe(value)
      }),
    )
  })
})
