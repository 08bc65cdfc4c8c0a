import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

test('home shows the service, its entry points and the hotline', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  await expect(page.getByRole('heading', { level: 1, name: '社会救助服务' })).toBeAttached()
  await expect(page.getByText('演示版：数据都是模拟的，不是官方平台')).toBeVisible()
  await expect(page.getByRole('link', { name: /进度查询/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /政策解读/ })).toBeVisible()
  await expect(page.getByText('12345 政务服务便民热线')).toBeVisible()
  await expect(page.getByRole('button', { name: '拨打 12345' })).toBeVisible()
  await expect(page).toHaveTitle(/社会救助服务/)
})

test('each tab opens its page', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  const tabs: [string, string][] = [
    ['进度', '进度查询'],
    ['政策', '政策解读'],
    ['我的', '我的'],
    ['首页', '社会救助服务'],
  ]
  for (const [tab, heading] of tabs) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: tab }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeAttached()
  }
})

test('the home page has no axe violations', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  await expectNoAxeViolations(page)
})

test('the viewport lets people zoom', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content')
  expect(viewport).not.toContain('user-scalable=no')
  expect(viewport).not.toMatch(/maximum-scale=1(\.0)?\b/)
})
