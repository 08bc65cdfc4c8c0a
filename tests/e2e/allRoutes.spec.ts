import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

/** Every route of the built app, read from the app config the H5 runtime carries. */
async function allRoutes(page: Page): Promise<string[]> {
  await openRoute(page, '/pages/home/index')
  return page.evaluate(() => {
    const config = (window as unknown as { __taroAppConfig?: { pages?: string[] } }).__taroAppConfig
    return (config?.pages ?? []).map((p) => `/${p}`)
  })
}

for (const elderMode of [false, true]) {
  test(`every route has no axe violations (${elderMode ? '长辈版' : '标准版'})`, async ({ page }) => {
    const routes = await allRoutes(page)
    expect(routes.length).toBeGreaterThanOrEqual(6)
    if (elderMode) {
      await page.getByRole('switch', { name: '长辈版' }).click()
      await expect(page.getByRole('switch', { name: '长辈版' })).toHaveAttribute('aria-checked', 'true')
    }
    for (const route of routes) {
      await test.step(route, async () => {
        await openRoute(page, route)
        await expect(page.locator('.app-page').first()).toHaveClass(elderMode ? /is-elder/ : /^(?!.*is-elder)/)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached()
        await expectNoAxeViolations(page)
      })
    }
  })
}
