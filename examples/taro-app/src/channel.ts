/** The merchant's channel id (视频号 ID from the channel's assistant console). */
export const CHANNEL = 'sphOrangeShop'
