// `@tarojs/taro` outside a Taro build: Taro's H5 implementation, as one object and as named exports.
import * as h5 from '@tarojs/taro-h5'

const namespace = h5 as unknown as Record<string, unknown> & { default?: Record<string, unknown> }
const Taro: Record<string, unknown> = { ...(namespace.default ?? {}), ...namespace }
delete Taro.default

export * from '@tarojs/taro-h5'
export default Taro
