import Taro from '@tarojs/taro'
import type { KeyValueBackend } from './keyValueStore'

/** Device storage through Taro (wx storage on weapp, localStorage on H5). */
export const taroBackend: KeyValueBackend = {
  getItem: (key) => Taro.getStorageSync(key),
  setItem: (key, value) => Taro.setStorageSync(key, value),
  removeItem: (key) => Taro.removeStorageSync(key),
  keys: () => Taro.getStorageInfoSync().keys,
}
