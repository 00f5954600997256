import type { RJSFSchema } from '@rjsf/utils'
import { customizeValidator } from '@rjsf/validator-ajv8'
import { toJsonSchemaForm } from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import { copyOf, manifestOf, WIDGETS } from './support/manifests'

const validator = customizeValidator()

describe('toJsonSchemaForm', () => {
  it.each(WIDGETS)('%s: every example is valid for its form', (widget) => {
    const manifest = manifestOf(widget)
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const schema = toJsonSchemaForm(manifest, { locale }).schema as RJSFSchema
      expect(validator.validateFormData({}, schema).errors.length).toBe(
        (manifest.props.required ?? []).length,
      )
      for (const example of manifest.examples ?? []) {
        const { errors } = validator.validateFormData(example.props, schema)
        expect(errors, `${widget} ${example.name}`).toEqual([])
      }
    }
  })

  it('reports invalid values', () => {
    const schema = toJsonSchemaForm(manifestOf('live-reserve-card')).schema as RJSFSchema
    const { errors } = validator.validateFormData(
      { finderUserName: 'wx123', whenEmpty: 'never', countdownWithinMs: -1, cover: 'http://a' },
      schema,
    )
    expect([...new Set(errors.map((error) => error.property))].sort()).toEqual([
      '.countdownWithinMs',
      '.cover',
      '.finderUserName',
      '.whenEmpty',
    ])
    const window = toJsonSchemaForm(manifestOf('live-floating-window')).schema as RJSFSchema
    expect(
      validator.validateFormData({ finderUserName: 'sphA1', magnetic: true }, window).errors,
    ).not.toEqual([])
    expect(
      validator.validateFormData({ finderUserName: 'sphA1', magnetic: false }, window).errors,
    ).toEqual([])
    expect(
      validator.validateFormData({ finderUserName: 'sphA1', texts: { nope: 'x' } }, window).errors,
    ).not.toEqual([])
  })

  it('the schema is valid for the validator and has no annotations or $schema', () => {
    const { schema } = toJsonSchemaForm(manifestOf('live-floating-window'))
    expect(validator.rawValidation(schema as RJSFSchema, {}).validationError).toBeUndefined()
    const json = JSON.stringify(schema)
    expect(json).not.toMatch(/"x-[a-z0-9]+"|\$schema/)
  })

  it('localises titles, descriptions and option titles', () => {
    const zh = toJsonSchemaForm(manifestOf('live-floating-window')).schema as RJSFSchema
    const en = toJsonSchemaForm(manifestOf('live-floating-window'), { locale: 'en-US' })
      .schema as RJSFSchema
    const corner = (schema: RJSFSchema) => (schema.properties?.corner ?? {}) as RJSFSchema
    expect(corner(zh).title).toBe('初始位置')
    expect(corner(en).title).toBe('Starting corner')
    expect(corner(en).oneOf).toEqual([
      { const: 'top-left', title: 'Top left' },
      { const: 'top-right', title: 'Top right' },
      { const: 'bottom-left', title: 'Bottom left' },
      { const: 'bottom-right', title: 'Bottom right' },
    ])
    expect(corner(en).default).toBe('bottom-right')
    expect(en.title).toBe('Live floating window')
    const texts = (en.properties?.texts ?? {}) as RJSFSchema
    expect((texts.properties?.openLabel as RJSFSchema | undefined)?.description).toBe(
      "{name} is the channel's nickname",
    )
  })

  it('orders, picks widgets, and marks advanced fields in the uiSchema', () => {
    const { uiSchema } = toJsonSchemaForm(manifestOf('live-floating-window'), { locale: 'en-US' })
    expect(uiSchema['ui:order']).toEqual([
      'finderUserName',
      'label',
      'showWhilePreparing',
      'corner',
      'defaultOffset',
      'draggable',
      'axis',
      'magnetic',
      'gap',
      'closable',
      'locale',
      'texts',
      '*',
    ])
    expect(uiSchema.closable).toEqual({ 'ui:widget': 'checkbox' })
    expect(uiSchema.corner).toEqual({ 'ui:widget': 'select' })
    expect(uiSchema.gap).toMatchObject({
      'ui:widget': 'updown',
      'ui:classNames': 'taro-live-advanced',
      'ui:options': { advanced: true },
    })
    expect(uiSchema.label).toEqual({ 'ui:widget': 'text', 'ui:help': 'Up to 20 characters' })
    const card = toJsonSchemaForm(manifestOf('live-reserve-card')).uiSchema
    expect(card.countdownWithinMs).toEqual({ 'ui:widget': 'updown', 'ui:help': '单位：毫秒' })
    expect(card.cover).toMatchObject({ 'ui:widget': 'uri' })
  })

  it('follows x-order when it changes', () => {
    const manifest = copyOf('profile-button')
    const { desc, lang } = manifest.props.properties
    if (!desc || !lang) throw new Error('fixture')
    desc['x-order'] = 10
    lang['x-order'] = 0
    expect(toJsonSchemaForm(manifest).uiSchema['ui:order']?.slice(0, 2)).toEqual(['lang', 'prefer'])
  })
})
