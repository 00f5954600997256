// `@taro-live/components/page`: renders a page builder's JSON with the widgets
// (docs/page-builders.md). Validation and messages come from the `manifest` entry's modules.
export { LivePage, type LivePageProps } from './live-page'
export type { LivePageError } from './page-error'
export { type RenderBlocksOptions, renderBlocks, type WidgetPropsByType } from './render-blocks'
