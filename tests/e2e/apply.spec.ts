import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

/** A valid 18-digit ID number (GB 11643 MOD 11-2) for a county code, a birth date and a sequence. */
function makeId(county: string, birth: string, sequence: string): string {
  const body = `${county}${birth}${sequence}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0)
  return body + '10X98765432'[sum % 11]
}

const APPLICANT_ID = makeId('140105', '19800512', '131')
const SPOUSE_ID = makeId('140105', '19820304', '242')
const CHILD_ID = makeId('140105', '20160101', '351')

/** Counts screens (distinct h1s) and inputs (fields filled, options chosen) while checking each screen with axe. */
class Journey {
  screens: string[] = []
  inputs = 0
  constructor(private page: Page) {}
  async screen(title: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeAttached()
    // Taro H5 keeps the previous page in the DOM and hides it after the page transition.
    await expect(this.page.locator('[role="main"]:visible')).toHaveCount(1)
    if (this.screens[this.screens.length - 1] !== title) this.screens.push(title)
    await expectNoAxeViolations(this.page)
  }
  async fill(name: string | RegExp, value: string) {
    const field = this.page.getByRole('textbox', { name, exact: typeof name === 'string' })
    await field.fill(value)
    this.inputs++
  }
  async choose(role: 'radio' | 'checkbox', name: string | RegExp) {
    await this.page.getByRole(role, { name, exact: typeof name === 'string' }).click()
    this.inputs++
  }
  async pickFirst(name: RegExp) {
    const trigger = this.page.getByRole('button', { name })
    await trigger.focus()
    await trigger.press('ArrowDown')
    this.inputs++
  }
  async next() {
    await this.page.getByRole('button', { name: /保存并继续|我已了解，开始填写|保存并回到核对/ }).click()
  }
}

/** Applications in the mock server's database that belong to this applicant. */
async function serverApplicationCount(page: Page, idNumber: string): Promise<number> {
  return page.evaluate((id) => {
    const raw = window.localStorage.getItem('jxj:server:db')
    if (!raw) return 0
    const outer = JSON.parse(raw) as { data?: unknown }
    const db = JSON.parse(typeof outer.data === 'string' ? outer.data : raw) as { applications?: unknown[] }
    return (db.applications ?? []).filter((a) => JSON.stringify(a).includes(id)).length
  }, idNumber)
}

test('a 3-person 低保 application from the home page to the confirmation page', async ({ page }) => {
  test.setTimeout(180_000)
  const j = new Journey(page)
  await openRoute(page, '/pages/home/index')
  await j.screen('社会救助服务')
  await page.getByRole('link', { name: /我要申请/ }).click()
  await j.screen('救助申请')
  await page.getByRole('button', { name: '开始新的申请' }).click()

  await j.screen('申请须知')
  // A new device has accepted no version of the 个人信息处理规则: the box starts unticked and is required.
  const consent = page.getByRole('checkbox', { name: '我已阅读并同意《个人信息处理规则》' })
  await expect(consent).toHaveAttribute('aria-checked', 'false')
  await j.next()
  await expect(page.getByText(/勾选“我已阅读并同意”/).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: '申请须知' })).toBeAttached()
  await j.choose('checkbox', '我已阅读并同意《个人信息处理规则》')
  await j.next()

  await j.screen('选择救助项目')
  await j.choose('checkbox', /^最低生活保障（低保）/)
  await j.next()

  await j.screen('申请人信息')
  await j.fill('申请人姓名', '王建国')
  await j.fill('申请人身份证号', APPLICANT_ID)
  await j.fill('手机号', '13812345678')
  await j.pickFirst(/^市：/)
  await j.pickFirst(/^县（市、区）：/)
  await j.pickFirst(/^乡镇（街道）：/)
  await j.fill('现在住的详细地址', '迎泽区某街道 3 号楼 2 单元')
  await j.choose('radio', '农村户口')
  await expect(page.getByText(/号码显示：出生日期 1980-05-12，性别男/)).toBeVisible()

  // The app is killed mid-way: after a reload the same step comes back with every answer.
  await page.waitForTimeout(800)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '申请人信息' })).toBeAttached()
  await expect(page.getByRole('textbox', { name: '申请人姓名' })).toHaveValue('王建国')
  await expect(page.getByRole('textbox', { name: '申请人身份证号' })).toHaveValue(APPLICANT_ID)
  await expect(page.getByRole('textbox', { name: '手机号' })).toHaveValue('13812345678')
  await expect(page.getByRole('button', { name: /^乡镇（街道）：(?!请选择)/ })).toBeVisible()
  await expect(page.getByRole('radio', { name: '农村户口' })).toHaveAttribute('aria-checked', 'true')
  await j.next()

  await j.screen('家庭成员')
  await expect(page.getByText(/申请人本人，计入/)).toBeVisible()
  await page.getByRole('button', { name: /添加家庭成员/ }).click()
  await j.choose('radio', '配偶')
  await j.fill('姓名', '李秀英')
  await j.fill('身份证号', SPOUSE_ID)
  await page.getByRole('button', { name: /填好了/ }).click()
  await page.getByRole('button', { name: /添加家庭成员/ }).click()
  await j.choose('radio', '子女')
  await j.fill('姓名', '王小明')
  await j.fill('身份证号', CHILD_ID)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: /填好了/ }).click()
  await expect(page.getByText(/未成年子女（10 周岁），计入/)).toBeVisible()
  // Names and ID numbers are masked outside the field being edited.
  await expect(page.getByText(/李\*\*/)).toBeVisible()
  await expect(page.getByText(SPOUSE_ID)).toHaveCount(0)
  await j.next()

  await j.screen('收入和财产')
  await j.fill('申请人本人的工资收入（选填）', '800')
  await j.fill('配偶的经营收入（选填）', '1200')
  await j.fill('全家存款、理财等合计（选填）', '3000')
  await j.next()

  await j.screen('申请材料')
  await expect(page.getByText(/按你填写的情况，初步测算：/)).toBeVisible()
  await page.getByRole('button', { name: '稍后补充：身份证' }).click()
  await page.getByRole('button', { name: '稍后补充：户口簿' }).click()
  j.inputs += 2
  await j.next()

  await j.screen('授权和同意')
  await j.choose('checkbox', '同意核对全家的收入和财产')
  await j.choose('checkbox', '作为监护人，同意处理不满 14 周岁孩子的信息')
  await j.choose('checkbox', /^我是王\*\*的监护人/)
  await j.fill('不方便手写？输入申请人姓名确认签名', '王建国')
  await page.getByRole('button', { name: '用输入的姓名签名' }).click()
  await expect(page.getByText('已签名', { exact: true })).toBeVisible()
  await j.next()

  await j.screen('核对信息')
  await expect(
    page
      .getByText('140105********1312')
      .or(page.getByText(/140105\*{8}\d{3}[\dX]/))
      .first(),
  ).toBeVisible()
  await expect(page.getByText(APPLICANT_ID)).toHaveCount(0)
  await expect(page.getByText('138****5678')).toBeVisible()
  await page.getByRole('switch', { name: '显示完整的姓名、身份证号和手机号' }).click()
  await expect(page.getByText(APPLICANT_ID, { exact: true })).toBeVisible()
  await page.getByRole('switch', { name: '显示完整的姓名、身份证号和手机号' }).click()

  // Double tap: two clicks in the same task, before React can re-render.
  await page.getByRole('button', { name: '确认无误，提交申请' }).evaluate((el: HTMLElement) => {
    el.click()
    el.click()
  })

  await j.screen('申请已提交')
  const reference = (await page.locator('.apply-reference').innerText()).trim()
  expect(reference.length).toBeGreaterThan(4)
  await expect(page.getByText(/受理单位：/)).toBeVisible()
  await expect(page.getByText(/30 个工作日/)).toBeVisible()
  await expect(page.getByText(/公示 7 天/)).toBeVisible()
  expect(await serverApplicationCount(page, APPLICANT_ID)).toBe(1)

  console.log(`apply journey: ${j.screens.length} screens (${j.screens.join(' → ')}), ${j.inputs} inputs`)
  expect(j.screens.length).toBeLessThanOrEqual(12)
  expect(j.inputs).toBeLessThanOrEqual(45)

  // The draft is gone once the service acknowledged; the start screen lists the submitted application.
  await openRoute(page, '/packages/apply/start/index')
  await expect(page.getByRole('button', { name: /继续填写/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: new RegExp(`申请编号 ${reference}`) })).toBeVisible()
})

test('every control of the start screen is reachable by keyboard and has a name', async ({ page }) => {
  await openRoute(page, '/packages/apply/start/index')
  await expectNoAxeViolations(page)
  const start = page.getByRole('button', { name: '开始新的申请' })
  await expect(start).toHaveAttribute('tabindex', '0')
  await start.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '申请须知' })).toBeAttached()
})
