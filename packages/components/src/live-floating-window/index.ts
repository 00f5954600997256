export {
  LiveFloatingWindow,
  type LiveFloatingWindowOffset,
  type LiveFloatingWindowPart,
  type LiveFloatingWindowProps,
  type LiveFloatingWindowRenderProps,
} from './live-floating-window'
export { LIVE_FLOATING_WINDOW_TEXTS, type LiveFloatingWindowTexts } from './texts'
