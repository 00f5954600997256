export {
  LiveFloatingWindow,
  type LiveFloatingWindowPart,
  type LiveFloatingWindowProps,
} from './live-floating-window'
export { LIVE_FLOATING_WINDOW_TEXTS, type LiveFloatingWindowTexts } from './texts'
