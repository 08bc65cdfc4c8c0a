import { expect, test, type Page } from '@playwright/test'
import { openRoute } from './support'

/**
 * security.md D2 / §4.7 (ASVS 14.2.1): walking every H5 route, with the demo backend's applications opened,
 * no full ID number or mobile number appears in any URL the app navigated to or in any console output.
 */
const ID_PATTERN = /(?<![0-9])\d{17}[\dXx](?![0-9])/
const PHONE_PATTERN = /(?<![0-9])1[3-9]\d{9}(?![0-9])/
const leaks = (text: string) => [ID_PATTERN.exec(text)?.[0], PHONE_PATTERN.exec(text)?.[0]].filter(Boolean)

async function allRoutes(page: Page): Promise<string[]> {
  await openRoute(page, '/pages/home/index')
  return page.evaluate(() => {
    const config = (window as unknown as { __taroAppConfig?: { pages?: string[] } }).__taroAppConfig
    return (config?.pages ?? []).map((p) => `/${p}`)
  })
}

test('no ID number or phone in any URL or console output', async ({ page }) => {
  const urls: string[] = []
  const consoleLines: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url())
  })
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`))

  const routes = await allRoutes(page)
  expect(routes.length).toBeGreaterThanOrEqual(10)
  for (const route of routes) {
    await test.step(route, async () => {
      // A full load per route: a bare hash change between subpackage and tab pages can leave the router on
      // the old page under load.
      await page.goto('about:blank')
      await openRoute(page, route)
      urls.push(page.url())
    })
  }

  // Open the demo applications (their data includes full ID numbers and phones in the mock backend). A full
  // load each time: a hash change from a subpackage page back to a tab page keeps the old page on top.
  const openProgress = async () => {
    await page.goto('about:blank')
    await openRoute(page, '/pages/progress/index')
  }
  await openProgress()
  const links = page.getByRole('list', { name: '我的申请' }).getByRole('link')
  await expect(links.first()).toBeVisible()
  const count = await links.count()
  for (let i = 0; i < count; i++) {
    await openProgress()
    await page.getByRole('list', { name: '我的申请' }).getByRole('link').nth(i).click()
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    urls.push(page.url())
  }

  expect(urls.length).toBeGreaterThan(routes.length)
  const urlLeaks = urls.filter((u) => leaks(decodeURIComponent(u)).length > 0)
  expect(urlLeaks, urlLeaks.join('\n')).toEqual([])
  const consoleLeaks = consoleLines.filter((line) => leaks(line).length > 0)
  expect(consoleLeaks, consoleLeaks.join('\n')).toEqual([])
})
