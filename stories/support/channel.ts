/** The channel every story shows. */
export const CHANNEL = 'sphOrangeShop'
