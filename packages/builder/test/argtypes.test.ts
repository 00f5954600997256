import type { ArgTypes } from '@storybook/react-vite'
import { type StorybookArgTypes, toStorybookArgTypes } from '@taro-live/builder'
import { describe, expect, it } from 'vitest'
import { manifestOf, WIDGETS } from './support/manifests'

describe('toStorybookArgTypes', () => {
  it.each(WIDGETS)("%s: Storybook's own ArgTypes", (widget) => {
    // A compile-time check (pnpm typecheck): the local type is assignable to Storybook's.
    const argTypes: ArgTypes = toStorybookArgTypes(manifestOf(widget))
    expect(Object.keys(argTypes).length).toBeGreaterThan(0)
  })

  it('a control per prop type, with bounds, options and labels in order', () => {
    const argTypes = toStorybookArgTypes(manifestOf('live-floating-window'), { locale: 'en-US' })
    expect(argTypes.label?.control).toBe('text')
    expect(argTypes.closable?.control).toBe('boolean')
    expect(argTypes.gap?.control).toEqual({ type: 'number', min: 0, max: 100 })
    expect(argTypes.defaultOffset?.control).toBe('object')
    expect(argTypes.corner).toMatchObject({
      options: ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
      control: {
        type: 'select',
        labels: {
          'top-left': 'Top left',
          'top-right': 'Top right',
          'bottom-left': 'Bottom left',
          'bottom-right': 'Bottom right',
        },
      },
    })
    expect(argTypes.magnetic?.options).toEqual(['x', 'y', false])
    const card = toStorybookArgTypes(manifestOf('live-reserve-card'))
    expect(card.countdownWithinMs?.control).toEqual({
      type: 'number',
      min: 0,
      max: 604800000,
      step: 1000,
    })
  })

  it('descriptions, defaults, categories and required flags', () => {
    const zh = toStorybookArgTypes(manifestOf('live-floating-window'))
    expect(zh.finderUserName).toMatchObject({
      description: '视频号 ID: 以 sph 开头，在视频号助手中查看',
      type: { name: 'string', required: true },
      table: { category: '内容' },
    })
    expect(zh.draggable?.table?.defaultValue).toEqual({ summary: 'true' })
    expect(zh.corner?.table?.defaultValue).toEqual({ summary: '"bottom-right"' })
    expect(zh.label?.table?.defaultValue).toBeUndefined()
    expect(zh.gap?.table?.category).toBe('布局')
    expect(zh.corner?.type).toEqual({
      name: 'other',
      value: '"top-left" | "top-right" | "bottom-left" | "bottom-right"',
      required: false,
    })
  })

  it('events as actions, slots and code-only props without a control', () => {
    const argTypes: StorybookArgTypes = toStorybookArgTypes(manifestOf('profile-button'))
    expect(argTypes.onProfile).toMatchObject({
      action: 'onProfile',
      control: false,
      table: { category: 'events' },
    })
    expect(argTypes.children).toMatchObject({ control: false, table: { category: 'slots' } })
    expect(argTypes.uploadAvatar).toMatchObject({
      control: false,
      table: { category: 'code only' },
    })
    expect(Object.keys(argTypes).slice(0, 5)).toEqual(['desc', 'prefer', 'lang', 'locale', 'texts'])
  })
})
