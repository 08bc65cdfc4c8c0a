import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Opens a route of the hash-router H5 build and waits until the page's main landmark is there. */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(`./#${route}`)
  await expect(page.getByRole('main').first()).toBeVisible()
}

/** Runs axe (WCAG 2.x A/AA + best practices) on what is on screen and fails with a readable list. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Taro's H5 router keeps earlier pages of the stack in the DOM (hidden); wait until a page transition has
  // finished, so that exactly one main landmark is on screen when axe looks.
  await expect(page.locator('[role="main"]:visible')).toHaveCount(1)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, summary.join('\n')).toEqual([])
}
