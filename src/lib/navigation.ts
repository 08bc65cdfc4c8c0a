import Taro from '@tarojs/taro'
import { TAB_ROUTES } from './routes'

/** Opens a route: tab pages with switchTab, everything else with navigateTo. */
export function openRoute(url: string): void {
  const path = url.split('?')[0]
  if (TAB_ROUTES.includes(path)) {
    void Taro.switchTab({ url: path })
  } else {
    void Taro.navigateTo({ url })
  }
}

export function goBack(): void {
  void Taro.navigateBack()
}
