import { SIM_PICTURES } from '@taro-live/simulator'

/** The channel's avatar (the simulator's default). */
export const CHANNEL_AVATAR = SIM_PICTURES.channelAvatar

/** A cover for the notice card. */
export const NOTICE_COVER = SIM_PICTURES.cover
