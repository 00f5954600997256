import { useLocale } from '@taro-live/hooks'
import { View } from '@tarojs/components'
import type { CSSProperties } from 'react'
import { bem, cx } from '../internal/bem'
import { type RenderBlocksOptions, renderBlocks } from './render-blocks'

/** Props of {@link LivePage}. */
export interface LivePageProps extends RenderBlocksOptions {
  /** The page as a builder saved it: `[{ id, type, version?, props? }]` (anything is accepted and checked). */
  blocks: unknown
  /** Class of the root. */
  className?: string
  /** Style of the root. */
  style?: CSSProperties
}

const b = bem('page')

/**
 * A page from a page builder's JSON: each block validated, migrated and rendered by its widget
 * (see {@link renderBlocks}); a bad block renders nothing and is reported through `onError` with
 * its id. Errors are in `locale`, else `LiveProvider`'s.
 */
export function LivePage(props: LivePageProps) {
  const contextLocale = useLocale()
  const { blocks, className, style, ...options } = props
  return (
    <View className={cx(b(), className)} style={style}>
      {renderBlocks(blocks, { ...options, locale: props.locale ?? contextLocale })}
    </View>
  )
}
