export {
  createWechatSimulator,
  type SimChannelView,
  type WechatSimulator,
  type WechatSimulatorOptions,
} from './create-wechat-simulator'
export { createGestureTracker, type GestureTracker } from './gesture'
export { SIM_PICTURES } from './pictures'
export { createSimClock, type SimClock, type SimClockOptions } from './sim-clock'
export type {
  SimAction,
  SimCall,
  SimChannelInit,
  SimChannelLiveTap,
  SimChoices,
  SimLanding,
  SimLiveStatus,
  SimMode,
  SimNoticeInit,
  SimPastLiveInit,
  SimPopup,
  SimSubject,
  SimVariants,
  SimVisit,
} from './types'
export { DEFAULT_SIM_VARIANTS, SIM_VARIANT_CHOICES } from './types'
