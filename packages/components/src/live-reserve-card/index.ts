export { formatClockTime, formatCountdown, formatStartTime } from './format-time'
export {
  LiveReserveCard,
  type LiveReserveCardPart,
  type LiveReserveCardProps,
  type LiveReserveCardRenderProps,
  type LiveReserveCardShownState,
  type LiveReserveCardState,
} from './live-reserve-card'
export { LIVE_RESERVE_CARD_TEXTS, type LiveReserveCardTexts } from './texts'
