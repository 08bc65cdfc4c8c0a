import { isH5 } from './platform'

/**
 * Taro's H5 tab bar is a bare <taro-tabbar> outside every landmark, so screen-reader users cannot jump to
 * it and axe reports content outside landmarks. This names it as the main navigation once it exists and
 * marks the current tab. Does nothing on weapp, where the tab bar is native.
 */
export function labelH5TabBar(): void {
  if (!isH5 || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const apply = () => {
    const bar = document.querySelector('taro-tabbar')
    if (!bar) return
    if (bar.getAttribute('role') !== 'navigation') {
      bar.setAttribute('role', 'navigation')
      bar.setAttribute('aria-label', '主导航')
    }
    bar.querySelectorAll('.weui-tabbar__item').forEach((item) => {
      const current = item.classList.contains('weui-bar__item_on')
      if (current && item.getAttribute('aria-current') !== 'page') item.setAttribute('aria-current', 'page')
      if (!current && item.hasAttribute('aria-current')) item.removeAttribute('aria-current')
      item.querySelectorAll('img').forEach((img) => img.setAttribute('aria-hidden', 'true'))
    })
  }
  apply()
  new MutationObserver(apply).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  })
}
