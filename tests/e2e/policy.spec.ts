import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

async function search(page: Page, text: string) {
  const box = page.locator('.policy-search__input input:visible').first()
  await box.fill(text)
}

test('search for 低保, open the article and go on to the pre-check', async ({ page }) => {
  await openRoute(page, '/pages/policy/index')
  await expect(page.getByRole('heading', { level: 1, name: '政策解读' })).toBeAttached()
  await search(page, '低保')
  await expect(page.getByText(/^找到 \d+ 篇和“低保”有关的说明$/)).toBeVisible()
  const results = page.getByRole('list', { name: '搜索结果' })
  await expect(results.locator('.policy-hit').first()).toHaveText('低保')
  await results.getByRole('link', { name: /^最低生活保障（低保）/ }).click()

  await expect(page.getByRole('heading', { level: 1, name: '最低生活保障（低保）' })).toBeAttached()
  await expect(page.getByRole('region', { name: '救助明白卡' })).toBeVisible()
  await expect(page.getByText('这是解读，不是官方通知')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '信息来源' })).toBeAttached()
  // H5 cannot share to WeChat: no share button.
  await expect(page.getByText('分享给亲友')).toHaveCount(0)
  // No application route exists yet: no 我要申请 button.
  await expect(page.getByRole('button', { name: '我要申请' })).toHaveCount(0)

  await page.getByRole('button', { name: '这项政策适合我吗？' }).click()
  await expect(page).toHaveURL(/#\/packages\/precheck\/index\/index\?programme=dibao/)
  await expect(page.getByRole('main').first()).toBeVisible()
})

test('pinyin initials and an empty search', async ({ page }) => {
  await openRoute(page, '/pages/policy/index')
  await search(page, 'tk')
  await expect(page.getByRole('link', { name: /^特困人员救助供养，关键词：/ })).toBeVisible()
  await search(page, '宇宙飞船')
  await expect(page.getByText('标题、简介和关键词里没有找到“宇宙飞船”')).toBeVisible()
  await expect(page.getByText(/打拼音首字母也行/)).toBeVisible()
})

test('body text: the tab offers 全文搜索, which finds it in the policy subpackage with an excerpt', async ({
  page,
}) => {
  await openRoute(page, '/pages/policy/index')
  await search(page, '残疾人证')
  // The tab's instant search covers titles, summaries and keywords only.
  await expect(page.getByText('标题、简介和关键词里没有找到“残疾人证”')).toBeVisible()
  await page.getByRole('link', { name: /^在全文中搜索“残疾人证”/ }).click()

  await expect(page).toHaveURL(/#\/packages\/policy\/search\/index$/)
  await expect(page.getByRole('heading', { level: 1, name: '全文搜索' })).toBeAttached()
  await expect(page.locator('.policy-search__input input:visible').first()).toHaveValue('残疾人证')
  await expect(page.getByText(/^全文中找到 \d+ 篇提到“残疾人证”的说明$/)).toBeVisible()
  const results = page.getByRole('list', { name: '搜索结果' })
  await expect(results.locator('.policy-hit').first()).toHaveText('残疾人证')
  await expectNoAxeViolations(page)
  await results.getByRole('link', { name: /^残疾人两项补贴，正文：.*残疾人证/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: '残疾人两项补贴' })).toBeAttached()

  // Typing on the search page searches again.
  await page.goBack()
  await search(page, '户口簿')
  await expect(page.getByText(/^全文中找到 \d+ 篇提到“户口簿”的说明$/)).toBeVisible()
})

test('最近看过 remembers the article after a reload', async ({ page }) => {
  await openRoute(page, '/packages/policy/article/index?id=tekun')
  await expect(page.getByRole('heading', { level: 1, name: '特困人员救助供养' })).toBeAttached()
  await openRoute(page, '/pages/policy/index')
  await page.reload()
  await expect(
    page.getByRole('list', { name: '最近看过' }).getByRole('link', { name: '特困人员救助供养' }),
  ).toBeVisible()
})

test('the 低保标准 page has the table and the chart', async ({ page }) => {
  await openRoute(page, '/pages/policy/index')
  await page
    .getByRole('list', { name: '先看这些' })
    .getByRole('link', { name: /^低保标准/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: '山西的低保标准是怎么定的' })).toBeAttached()
  await expect(page.getByRole('table').first()).toBeVisible()
  await expect(page.getByRole('img', { name: /2025-11-19：城市（元\/人\/月） 669/ })).toBeVisible()
})

for (const elder of [false, true]) {
  test(`axe: the list and article pages${elder ? '（长辈版）' : ''}`, async ({ page }) => {
    if (elder) {
      await openRoute(page, '/pages/me/index')
      await page.getByRole('switch', { name: '长辈版' }).click()
      await expect(page.getByRole('switch', { name: '长辈版' })).toHaveAttribute('aria-checked', 'true')
    }
    await openRoute(page, '/pages/policy/index')
    await expect(page.getByRole('list', { name: '基本生活救助' })).toBeVisible()
    await expectNoAxeViolations(page)
    for (const id of ['dibao', 'dibao-standard', 'procedure']) {
      await openRoute(page, `/packages/policy/article/index?id=${id}`)
      await expect(page.getByRole('heading', { level: 2, name: '信息来源' })).toBeAttached()
      if (elder) await expect(page.locator('.app-page.is-elder').first()).toBeAttached()
      await expectNoAxeViolations(page)
    }
  })
}
