// The public surface of @taro-live/components: the widgets, their props, parts and texts
// (README, "Public API"; recorded in api/components.api.md). Class names are styled through the
// documented `tl-` classes and `classNames` props, so the `bem` helper stays inside the package.
export type { CommonProps } from './internal/common-props'
export type { LiveTexts } from './internal/texts'
export * from './live-embed'
export * from './live-floating-window'
export * from './live-reserve-card'
export * from './profile-button'
