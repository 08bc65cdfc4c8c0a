import { expect, test, type Locator, type Page } from '@playwright/test'
import { openRoute } from './support'

/**
 * Keyboard only: no clicks, no taps. Every control is reached with Tab (or Shift+Tab) and operated with
 * Enter, Space, the arrow keys or typing, as a keyboard or switch user would.
 */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    const focused = await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
    if (focused) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

async function activate(page: Page, target: Locator, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
}

/** Radio groups have one Tab stop (roving tabindex): Tab into the group, then arrow to the choice. */
async function choose(page: Page, group: Locator, name: string): Promise<void> {
  await tabTo(page, group)
  const target = group.getByRole('radio', { name, exact: true })
  for (let i = 0; i < 10; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press(' ')
  await expect(target).toHaveAttribute('aria-checked', 'true')
}

const field = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`^${label}：`) })

async function answerNo(page: Page, group: RegExp | string) {
  await choose(page, page.getByRole('radiogroup', { name: group }), '没有')
}

test('the pre-check can be completed with the keyboard alone, and leads into the application', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  await activate(page, page.getByRole('link', { name: /资格预检/ }))
  await expect(page.getByText('第 1 步，共 4 步：地区和户籍')).toBeVisible()

  await tabTo(page, field(page, '户籍所在的市'))
  await pressTimes(page, 'ArrowDown', 11)
  await expect(field(page, '户籍所在的市')).toHaveAccessibleName('户籍所在的市：吕梁市')
  await tabTo(page, field(page, '户籍所在的县（市、区）'))
  await pressTimes(page, 'ArrowDown', 5)
  await expect(field(page, '户籍所在的县（市、区）')).toHaveAccessibleName('户籍所在的县（市、区）：临县')
  await choose(
    page,
    page.getByRole('radiogroup', { name: /户籍/ }).filter({ has: page.getByRole('radio', { name: '农村' }) }),
    '农村',
  )
  await activate(page, page.getByRole('button', { name: '下一步' }))

  await expect(page.getByText('第 2 步，共 4 步：家庭成员')).toBeVisible()
  await tabTo(page, field(page, '出生日期'))
  await pressTimes(page, 'ArrowDown', 1)
  await expect(field(page, '出生日期')).toHaveAccessibleName(/出生日期：1970年/)
  await answerNo(page, '有没有残疾人证')
  await answerNo(page, /有没有重病/)
  await activate(page, page.getByRole('button', { name: '保存本人信息' }))
  await expect(page.getByRole('listitem').filter({ hasText: '本人' })).toBeVisible()
  await activate(page, page.getByRole('button', { name: '下一步' }))

  await expect(page.getByText('第 3 步，共 4 步：收入')).toBeVisible()
  await tabTo(page, page.getByRole('textbox', { name: /^本人.*平均每月收入/ }))
  await page.keyboard.type('300')
  await activate(page, page.getByRole('button', { name: '下一步' }))

  await expect(page.getByText('第 4 步，共 4 步：其他情况')).toBeVisible()
  await choose(
    page,
    page.getByRole('radiogroup').filter({ has: page.getByRole('radio', { name: '是，在范围内' }) }),
    '是，在范围内',
  )
  await answerNo(page, /赡养/)
  await answerNo(page, /突发的事/)
  await activate(page, page.getByRole('button', { name: '查看结果' }))

  await expect(page.getByRole('heading', { level: 1, name: '预检结果' })).toBeAttached()
  await expect(page.getByRole('region', { name: /最低生活保障（低保），可能符合/ })).toBeVisible()

  // 一键申请 → the application's first step (申请须知), still without a click.
  await activate(page, page.getByRole('button', { name: /^一键申请/ }))
  await expect(page.getByRole('heading', { level: 1, name: '救助申请' })).toBeAttached()
  await activate(page, page.getByRole('button', { name: '用预检的答案开始申请' }))
  await expect(page.getByRole('heading', { level: 1, name: '申请须知' })).toBeAttached()
  await expect(page.getByText('第 1 步，共 8 步：申请须知')).toBeVisible()
})
