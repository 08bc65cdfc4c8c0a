import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

const CONSOLE = '/packages/demo/console/index'

async function chooseCase(page: Page, name: RegExp): Promise<string> {
  const radio = page.getByRole('radio', { name })
  await radio.click()
  await expect(radio).toHaveAttribute('aria-checked', 'true')
  const label = (await radio.getAttribute('aria-label')) ?? ''
  const reference = /SX\d{12}/.exec(label)?.[0]
  expect(reference).toBeTruthy()
  return reference!
}

async function officeAction(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  await expect(page.getByText(new RegExp(`^${button}：已完成`))).toBeVisible()
}

test('a seeded case goes through every step to 已确认, and the progress page shows each step', async ({ page }) => {
  await openRoute(page, CONSOLE)
  await expect(page.getByText('演示', { exact: true }).first()).toBeVisible()
  const reference = await chooseCase(page, /张\*\*.*已提交/)

  await officeAction(page, '受理')
  await officeAction(page, '开始核对')
  await officeAction(page, '记录入户调查')
  await officeAction(page, '公示')
  // The 公示 runs 7 days: it cannot be closed yet.
  await page.getByRole('button', { name: '结束公示', exact: true }).click()
  await expect(page.getByText(/公示期满前不能结束公示/)).toBeVisible()
  await page.getByRole('spinbutton', { name: '前进几个工作日' }).fill('6')
  await page.getByRole('button', { name: '演示时钟前进 6 个工作日' }).click()
  await expect(page.getByText('演示时钟前进：已完成')).toBeVisible()
  await officeAction(page, '结束公示')
  await page.getByRole('textbox', { name: /救助金额/ }).fill('350')
  await officeAction(page, '审核同意')

  await openRoute(page, `/packages/progress/detail/index?ref=${reference}`)
  const steps = page.getByRole('list', { name: '办理步骤' }).getByRole('listitem')
  const expected = [
    '提交申请（已完成）',
    '受理（已完成）',
    '家庭经济状况核对（已完成）',
    '入户调查（已完成）',
    '民主评议（视情组织）（未进行）',
    '初审公示（已完成）',
    '审核确认（已完成）',
    '已确认·次月起发放（已完成）',
  ]
  await expect(steps).toHaveCount(expected.length)
  for (const [i, text] of expected.entries()) await expect(steps.nth(i)).toContainText(text)
  await expect(steps.nth(1)).toContainText('办理单位：临泉镇人民政府')
  await expect(page.locator('[aria-current="step"]')).toHaveCount(0)
  const card = page.getByRole('region', { name: '救助明白卡' })
  await expect(card).toContainText('救助金额：每月 350.00 元')
  await expect(card).toContainText('监督电话：12345')
  await expect(page.getByRole('button', { name: '撤回申请' })).toHaveCount(0)
  await expectNoAxeViolations(page)

  // The message centre got one message per status change, and 我的 shows the unread count.
  await openRoute(page, '/pages/me/index')
  await expect(page.getByRole('link', { name: /消息，\d+ 条未读/ })).toBeVisible()
  await openRoute(page, '/packages/me/messages/index')
  await expect(page.getByRole('list', { name: '消息' }).getByRole('listitem').first()).toContainText('已确认')
  await expectNoAxeViolations(page)
})

test('a case refused with a reason shows the reasons and 复议/诉讼', async ({ page }) => {
  await openRoute(page, CONSOLE)
  const reference = await chooseCase(page, /王\*\*.*审核确认/)
  await page.getByRole('textbox', { name: '不予确认的理由' }).fill('家庭人均收入高于当地低保标准')
  await officeAction(page, '不予确认')
  await expectNoAxeViolations(page)

  await openRoute(page, `/packages/progress/detail/index?ref=${reference}`)
  await expect(page.getByRole('heading', { name: '审核结果：不予确认' })).toBeVisible()
  await expect(page.getByRole('list', { name: '不予确认的理由' })).toContainText('家庭人均收入高于当地低保标准')
  const remedies = page.getByRole('list', { name: '救济途径' })
  await expect(remedies).toContainText('申请行政复议：自知道该决定之日起 60 日内')
  await expect(remedies).toContainText('提起行政诉讼：自知道该决定之日起 6 个月内')
  const steps = page.getByRole('list', { name: '办理步骤' }).getByRole('listitem')
  await expect(steps.last()).toContainText('不予确认（已完成）')
})

test('the progress list, the query page and the detail have no axe violations; the query finds a case', async ({
  page,
}) => {
  await openRoute(page, '/pages/progress/index')
  const mine = page.getByRole('list', { name: '我的申请' })
  await expect(mine.getByRole('listitem')).toHaveCount(3)
  await expectNoAxeViolations(page)

  await openRoute(page, '/packages/progress/query/index')
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.getByText('受理编号是 SX 加 12 位数字，请核对')).toBeVisible()
  await expectNoAxeViolations(page)

  await openRoute(page, '/pages/progress/index')
  await page.getByRole('link', { name: /李\*\*/ }).click()
  await expect(page.getByRole('list', { name: '需要补交的材料' })).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toContainText('受理（进行中）')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '撤回申请' }).click()
  const dialog = page.getByRole('dialog', { name: '确定要撤回申请吗？' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: '先不撤回' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
