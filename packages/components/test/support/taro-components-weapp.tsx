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

function Recorded({ tag, name, props }: { tag: string; name: string; props: Props }) {
  return createElement(
    tag,
    {
      // The id reaches Taro's DOM as on a device (`document.getElementById` finds the element).
      id: props.id,
      className: props.className,
      'data-component': name,
      onClick: props.onClick,
      ref: (element: Element | null) => {
        if (element) propsByElement.set(element, props)
      },
    },
    props.children,
  )
}

export const View = (props: Props) => <Recorded tag="div" name="View" props={props} />
export const Text = (props: Props) => <Recorded tag="span" name="Text" props={props} />
export const Image = (props: Props) => <Recorded tag="div" name="Image" props={props} />
export const Button = (props: Props) => <Recorded tag="div" name="Button" props={props} />
export const Input = (props: Props) => <Recorded tag="div" name="Input" props={props} />
export const Navigator = (props: Props) => <Recorded tag="div" name="Navigator" props={props} />
export const ChannelLive = (props: Props) => <Recorded tag="div" name="ChannelLive" props={props} />
