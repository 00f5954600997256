/*
 * `@tarojs/components` as a weapp build sees it, for tests of the weapp render path: each component
 * renders a plain element and keeps the props it was given, so a test can check what reaches
 * WeChat's template (`openType`, `type="nickname"`, `catchMove`) and fire the native events
 * (`onChooseAvatar`, `onNickNameReview`, `onGetUserInfo`) the way WeChat would.
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode; className?: string }

const propsByElement = new WeakMap<Element, Props>()

/** The props the element was rendered with. */
export function propsOf(element: Element | null): Props {
  const props = element && propsByElement.get(element)
  if (!props) throw new Error('not rendered by the weapp components double')
  return props
}

function component(tag: string, name: string) {
  function Component(props: Props) {
    const { children, className, onClick } = props
    return createElement(
      tag,
      {
        className,
        'data-component': name,
        onClick,
        ref: (element: Element | null) => {
          if (element) propsByElement.set(element, props)
        },
      },
      children as ReactNode,
    )
  }
  Component.displayName = name
  return Component
}

export const View = component('div', 'View')
export const Text = component('span', 'Text')
export const Image = component('div', 'Image')
export const Button = component('div', 'Button')
export const Input = component('div', 'Input')
export const Navigator = component('div', 'Navigator')
