// The hand-written baseline the bench compares against (BENCHMARKS.md, "The baseline").
export { HandFloatingBubble } from './hand-floating-bubble'
export { HandReserveCard } from './hand-reserve-card'
export { LIVE_POLL_MS, NOTICE_POLL_MS, useLiveStatusByHand } from './use-live-status-by-hand'
