import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { toWeDa, type WedaProperty } from '@taro-live/builder'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { copyOf, manifestOf, WIDGETS } from './support/manifests'

const require = createRequire(import.meta.url)
const contract = JSON.parse(
  readFileSync(require.resolve('@cloudbase/cals/lib/schema/lcds_component.json'), 'utf8'),
) as { properties: { data: { $ref: string } } }

/*
 * The contract: CALS's published schema of a WeDa component config. Its `data` refers to WeDa's
 * own JSON Schema dialect at a URL the package does not ship; here that is JSON Schema draft-07
 * with WeDa's documented extensions (`type: 'slot'`, enums of `{ label, value }`, `x-*`).
 */
const draft07 = require('ajv/dist/refs/json-schema-draft-07.json') as Record<string, unknown>
const wedaDialect = {
  ...draft07,
  $id: contract.properties.data.$ref.replace(/#$/, ''),
  definitions: {
    ...(draft07.definitions as Record<string, unknown>),
    simpleTypes: {
      enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string', 'slot'],
    },
  },
  properties: {
    ...(draft07.properties as Record<string, unknown>),
    enum: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'value'],
        properties: { label: { type: 'string' } },
      },
    },
  },
}

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(wedaDialect)
const validate = ajv.compile(contract)

describe('toWeDa', () => {
  it.each(WIDGETS.flatMap((widget) => [[widget, 'zh-CN'] as const, [widget, 'en-US'] as const]))(
    '%s (%s) is a valid WeDa component config',
    (widget, locale) => {
      const config = toWeDa(manifestOf(widget), { locale })
      expect(validate(config), ajv.errorsText(validate.errors)).toBe(true)
    },
  )

  it('the contract catches a broken config', () => {
    const config = toWeDa(manifestOf('live-reserve-card')) as unknown as Record<string, unknown>
    expect(validate({ ...config, meta: { title: 'no category' } })).toBe(false)
    expect(validate({ ...config, events: [{ name: 'onReserve' }] })).toBe(false)
    expect(validate({ ...config, unknown: true })).toBe(false)
    expect(
      validate({ ...config, data: { type: 'object', properties: { a: { type: 'text' } } } }),
    ).toBe(false)
  })

  it('maps the props to data, localised, with WeDa editor hints, in order', () => {
    const en = toWeDa(manifestOf('live-reserve-card'), { locale: 'en-US' })
    const properties = en.data.properties
    expect(Object.keys(properties)).toEqual([
      'finderUserName',
      'title',
      'cover',
      'countdownWithinMs',
      'whenEmpty',
      'reserveWith',
      'locale',
      'texts',
      'children',
      'fallback',
    ])
    expect(en.data.required).toEqual(['finderUserName'])
    expect(properties.whenEmpty).toEqual({
      title: 'With no notice',
      type: 'string',
      default: 'hide',
      enum: [
        { label: 'Render nothing', value: 'hide' },
        { label: 'Show an empty state', value: 'empty' },
      ],
      'x-component': 'radio',
      'x-category': 'Behaviour',
      'x-index': 5,
    } satisfies WedaProperty)
    expect(properties.cover?.['x-component']).toBe('image')
    expect(properties.countdownWithinMs).toMatchObject({ default: 10800000, minimum: 0 })
    expect(properties.children).toMatchObject({ type: 'slot', title: 'Custom card' })
    expect(properties.texts?.properties?.reserve?.title).toBe('Reserve button')
    // No manifest annotation leaks into WeDa's schema.
    expect(JSON.stringify(en)).not.toMatch(/"x-(i18n|widget|group|order|advanced|en)"/)
  })

  it('keeps enum order and mixed-type options', () => {
    const magnetic = toWeDa(manifestOf('live-floating-window')).data.properties.magnetic
    expect(magnetic?.type).toEqual(['string', 'boolean'])
    expect(magnetic?.enum?.map((option) => option.value)).toEqual(['x', 'y', false])
  })

  it('maps the events with their detail, and the meta', () => {
    const config = toWeDa(manifestOf('live-reserve-card'))
    expect(config.events.map((event) => event.name)).toEqual([
      'onReserve',
      'onOpenLive',
      'onOpenNoticeSheet',
      'onShow',
      'onStateChange',
      'onError',
    ])
    expect(config.events[0]?.detail).toMatchObject({
      type: 'object',
      required: ['noticeId', 'outcome', 'reserved'],
    })
    expect(config.events[1]?.detail).toBeUndefined()
    expect(config.events[2]?.detail).toBeUndefined()
    expect(config.events[3]?.detail).toEqual({
      type: 'object',
      properties: { value: { enum: ['upcoming', 'lingering', 'live', 'empty'] } },
    })
    expect(config.meta).toMatchObject({
      title: '直播预约卡片',
      category: '直播',
      platform: ['MP'],
      group: { 内容: { 'x-index': 1, expand: true }, 文案: { 'x-index': 4, expand: false } },
    })
    expect(config.extra.source.module).toBe('@taro-live/components/live-reserve-card')
    expect(config.extra.codeOnly).toContain('className')
  })

  it('a manifest without a required prop has no `required`', () => {
    const manifest = copyOf('profile-button')
    expect(toWeDa(manifest).data.required).toBeUndefined()
  })

  it('plain enums, textareas and props without a group', () => {
    const manifest = copyOf('profile-button')
    manifest.props.properties.note = {
      type: 'string',
      title: '备注',
      enum: ['a', 'b'],
      'x-i18n': { 'en-US': { title: 'Note', options: { a: 'A' } } },
    }
    manifest.props.properties.bio = { type: 'string', 'x-widget': 'textarea' }
    const config = toWeDa(manifest, { locale: 'en-US' })
    expect(config.data.properties.note).toMatchObject({
      title: 'Note',
      enum: [
        { label: 'A', value: 'a' },
        { label: 'b', value: 'b' },
      ],
      'x-category': 'Other',
    })
    expect(config.data.properties.bio).toMatchObject({ title: 'bio', 'x-component': 'textarea' })
    expect(config.meta.group.Other).toEqual({ 'x-index': 5, expand: true })
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true)
  })
})
