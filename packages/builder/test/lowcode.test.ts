import type { IPublicTypeComponentMetadata } from '@alilc/lowcode-types'
import {
  type LowCodeFieldConfig,
  type LowCodePropConfig,
  type LowCodeSetterConfig,
  toLowCodeEngine,
} from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import { copyOf, manifestOf, WIDGETS } from './support/manifests'

/** Every field of the settings panel, groups flattened. */
function fields(items: LowCodeFieldConfig[]): LowCodeFieldConfig[] {
  return items.flatMap((item) => (item.type === 'group' ? fields(item.items ?? []) : [item]))
}
const field = (items: LowCodeFieldConfig[], name: string) =>
  fields(items).find((item) => item.name === name)
const prop = (props: LowCodePropConfig[], name: string) => props.find((item) => item.name === name)

describe('toLowCodeEngine', () => {
  it.each(WIDGETS)('%s is official IPublicTypeComponentMetadata', (widget) => {
    // A compile-time check (pnpm typecheck): the local types are assignable to the official one.
    const metadata: IPublicTypeComponentMetadata = toLowCodeEngine(manifestOf(widget))
    expect(metadata.componentName).toBe(manifestOf(widget).name)
  })

  it('imports the component from its entry, destructured', () => {
    expect(toLowCodeEngine(manifestOf('live-reserve-card')).npm).toEqual({
      package: '@taro-live/components',
      version: '0.1.0',
      exportName: 'LiveReserveCard',
      main: 'live-reserve-card',
      destructuring: true,
      subName: '',
    })
  })

  it('marks a required prop isRequired in its type, its field and its setter', () => {
    const metadata = toLowCodeEngine(manifestOf('live-reserve-card'))
    expect(prop(metadata.props, 'finderUserName')?.propType).toEqual({
      type: 'string',
      isRequired: true,
    })
    const finder = field(metadata.configure.props, 'finderUserName')
    expect(finder?.isRequired).toBe(true)
    expect((finder?.setter as LowCodeSetterConfig | undefined)?.isRequired).toBe(true)
    // …and only that one.
    expect(prop(metadata.props, 'title')?.propType).toBe('string')
    expect(field(metadata.configure.props, 'title')?.isRequired).toBeUndefined()
  })

  it('follows the manifest when a prop becomes required', () => {
    const manifest = copyOf('profile-button')
    manifest.props.required = ['desc']
    const metadata = toLowCodeEngine(manifest)
    expect(prop(metadata.props, 'desc')?.propType).toEqual({ type: 'string', isRequired: true })
  })

  it('keeps the enum options in order, with their labels in the locale', () => {
    const zh = toLowCodeEngine(manifestOf('live-floating-window'))
    const en = toLowCodeEngine(manifestOf('live-floating-window'), { locale: 'en-US' })
    expect(prop(zh.props, 'corner')?.propType).toEqual({
      type: 'oneOf',
      value: ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
    })
    const options = (locale: typeof zh) =>
      (field(locale.configure.props, 'magnetic')?.setter as LowCodeSetterConfig | undefined)?.props
        ?.options
    expect(options(zh)).toEqual([
      { title: '左右', value: 'x' },
      { title: '上下', value: 'y' },
      { title: '不吸附', value: false },
    ])
    expect(options(en)).toEqual([
      { title: 'Left/right', value: 'x' },
      { title: 'Top/bottom', value: 'y' },
      { title: 'None', value: false },
    ])
    // `false` is not a string: a oneOfType, not a oneOf.
    expect(prop(zh.props, 'magnetic')?.propType).toEqual({
      type: 'oneOfType',
      value: ['string', 'bool'],
    })
  })

  it('carries the defaults over', () => {
    const metadata = toLowCodeEngine(manifestOf('live-floating-window'))
    const manifest = manifestOf('live-floating-window')
    for (const [name, schema] of Object.entries(manifest.props.properties)) {
      expect(prop(metadata.props, name)?.defaultValue).toEqual(schema.default)
      expect(field(metadata.configure.props, name)?.defaultValue).toEqual(schema.default)
    }
    expect(field(metadata.configure.props, 'draggable')?.defaultValue).toBe(true)
  })

  it('picks the setters from x-widget and the type', () => {
    const metadata = toLowCodeEngine(manifestOf('live-reserve-card'))
    const setter = (name: string) =>
      field(metadata.configure.props, name)?.setter as LowCodeSetterConfig
    expect(setter('title').componentName).toBe('StringSetter')
    expect(setter('whenEmpty').componentName).toBe('SelectSetter')
    expect(setter('countdownWithinMs')).toMatchObject({
      componentName: 'NumberSetter',
      props: { min: 0, max: 604800000 },
    })
    expect(setter('texts').componentName).toBe('ObjectSetter')
    expect(setter('children').componentName).toBe('SlotSetter')
    const window = toLowCodeEngine(manifestOf('live-floating-window'))
    expect(
      (field(window.configure.props, 'closable')?.setter as LowCodeSetterConfig | undefined)
        ?.componentName,
    ).toBe('BoolSetter')
  })

  it('groups the panel by x-group, advanced props in a collapsed group, in x-order', () => {
    const metadata = toLowCodeEngine(manifestOf('live-floating-window'), { locale: 'en-US' })
    const groups = metadata.configure.props
    expect(groups.map((group) => group.title.label)).toEqual([
      'Content',
      'Behaviour',
      'Layout',
      'Texts',
      'Slots',
    ])
    const layout = groups[2]?.items ?? []
    expect(layout.map((item) => item.name ?? item.title.label)).toEqual([
      'corner',
      'draggable',
      'Advanced',
    ])
    expect(layout[2]).toMatchObject({ type: 'group', display: 'accordion', defaultCollapsed: true })
    expect(layout[2]?.items?.map((item) => item.name)).toEqual([
      'defaultOffset',
      'axis',
      'magnetic',
      'gap',
    ])
  })

  it('declares the events, and leaves the code-only props out', () => {
    const manifest = manifestOf('live-reserve-card')
    const metadata = toLowCodeEngine(manifest)
    expect(metadata.configure.supports.events.map((event) => event.name)).toEqual(
      manifest.events?.map((event) => event.name),
    )
    expect(metadata.configure.supports.events[0]?.template).toContain(
      `onReserve(arg1,$${'{'}extParams})`,
    )
    expect(prop(metadata.props, 'onReserve')?.propType).toBe('func')
    for (const { name } of manifest.codeOnly ?? []) {
      expect(prop(metadata.props, name)).toBeUndefined()
      expect(field(metadata.configure.props, name)).toBeUndefined()
    }
    expect(metadata.configure.component.isContainer).toBe(false)
  })

  it('turns the examples into snippets, and the assets into URLs when asked', () => {
    const metadata = toLowCodeEngine(manifestOf('profile-button'), {
      assetUrl: (path) => new URL(path, 'https://cdn.example.com/manifests/').href,
      docUrl: 'https://example.com/docs/profile-button',
    })
    expect(metadata.snippets.map((snippet) => snippet.schema.props)).toEqual([
      {},
      { desc: '用于展示会员头像' },
    ])
    expect(metadata.icon).toBe('https://cdn.example.com/manifests/icons/profile-button.svg')
    expect(metadata.docUrl).toBe('https://example.com/docs/profile-button')
    expect(metadata.category).toBe('会员')
  })

  it('refuses an unknown locale', () => {
    // @ts-expect-error not a locale
    expect(() => toLowCodeEngine(manifestOf('profile-button'), { locale: 'fr-FR' })).toThrow(
      /Unknown locale "fr-FR"/,
    )
  })
})
