import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

async function bodyFontPx(page: Page): Promise<number> {
  return page
    .locator('.app-page')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
}

test('长辈版 persists across a restart and enlarges text and targets', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  expect(await bodyFontPx(page)).toBe(16)
  const toggle = page.getByRole('switch', { name: '长辈版' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')

  await page.reload()
  await expect(page.getByRole('switch', { name: '长辈版' })).toHaveAttribute('aria-checked', 'true')
  expect(await bodyFontPx(page)).toBeGreaterThanOrEqual(18)
  const entry = page.getByRole('link', { name: /进度查询/ })
  const box = await entry.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(60)
  const button = await page.getByRole('button', { name: '拨打 12345' }).boundingBox()
  expect(button?.height ?? 0).toBeGreaterThanOrEqual(60)
  const lineHeight = await page
    .locator('.app-page')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))
  expect(lineHeight).toBeGreaterThanOrEqual(1.3)
  await expectNoAxeViolations(page)
})

test('the text size chosen in 设置 scales text further and survives a reload', async ({ page }) => {
  await openRoute(page, '/packages/me/settings/index')
  await page.getByRole('radio', { name: '特大' }).click()
  await expect(page.getByRole('radio', { name: '特大' })).toHaveAttribute('aria-checked', 'true')
  expect(await bodyFontPx(page)).toBeCloseTo(16 * 1.75, 0)
  await page.reload()
  await expect(page.getByRole('radio', { name: '特大' })).toHaveAttribute('aria-checked', 'true')
  expect(await bodyFontPx(page)).toBeCloseTo(16 * 1.75, 0)
  await expectNoAxeViolations(page)
})
