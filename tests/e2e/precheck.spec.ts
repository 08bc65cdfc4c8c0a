import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openRoute } from './support'

const PRECHECK = '/packages/precheck/index/index'

/** Fields wrapped in Taro's Picker: the trigger is a button named "label：value". */
const field = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`^${label}：`) })

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
}

async function chooseByKeyboard(page: Page, label: string, steps: number) {
  await field(page, label).focus()
  await press(page, 'ArrowDown', steps)
}

test('a 3-person rural 吕梁 family completes the pre-check and reads the result', async ({ page }) => {
  await openRoute(page, '/pages/home/index')
  const keysBefore = await page.evaluate(() => Object.keys(window.localStorage).sort())

  await page.getByRole('link', { name: /资格预检/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: '资格预检' })).toBeAttached()
  await expect(page.getByText('第 1 步，共 4 步：地区和户籍')).toBeVisible()
  await expect(page.getByText(/约 2 分钟，不保存你的信息/)).toBeVisible()
  await expectNoAxeViolations(page)

  // Step 1: nothing chosen → the errors are written out.
  await page.getByRole('button', { name: '下一步' }).click()
  await expect(page.getByText('请选择户籍所在的市')).toBeVisible()

  await chooseByKeyboard(page, '户籍所在的市', 11)
  await expect(field(page, '户籍所在的市')).toHaveAccessibleName('户籍所在的市：吕梁市')
  // 吕梁市: 离石区 141102, 文水县 141121, 交城县 141122, 兴县 141123, 临县 141124
  await chooseByKeyboard(page, '户籍所在的县（市、区）', 5)
  await expect(field(page, '户籍所在的县（市、区）')).toHaveAccessibleName('户籍所在的县（市、区）：临县')
  await page.getByRole('radio', { name: '农村' }).click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '下一步' }).click()

  // Step 2: the applicant first, with the real date wheel (confirming its starting date).
  await expect(page.getByText('第 2 步，共 4 步：家庭成员')).toBeVisible()
  await field(page, '出生日期').click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  await expect(field(page, '出生日期')).toHaveAccessibleName('出生日期：1970年1月1日')
  await page
    .getByRole('radiogroup', { name: '有没有残疾人证' })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await page
    .getByRole('radiogroup', { name: /有没有重病/ })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '保存本人信息' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: '本人，56 岁' })).toBeVisible()

  // Spouse.
  await page.getByRole('button', { name: '＋ 添加一位家庭成员' }).click()
  await chooseByKeyboard(page, '和申请人的关系', 1)
  await expect(field(page, '和申请人的关系')).toHaveAccessibleName('和申请人的关系：配偶')
  await field(page, '出生日期').focus()
  await press(page, 'ArrowDown', 3) // 1970 → 1972
  await page
    .getByRole('radiogroup', { name: '有没有残疾人证' })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await page
    .getByRole('radiogroup', { name: /有没有重病/ })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await page.getByRole('button', { name: '保存这位成员' }).click()

  // Child, in middle school.
  await page.getByRole('button', { name: '＋ 添加一位家庭成员' }).click()
  await chooseByKeyboard(page, '和申请人的关系', 2)
  await field(page, '出生日期').focus()
  await press(page, 'ArrowDown') // 1970
  await press(page, 'PageDown', 4) // 2010
  await press(page, 'ArrowDown', 2) // 2012
  await expect(field(page, '出生日期')).toHaveAccessibleName('出生日期：2012年1月1日')
  await page
    .getByRole('radiogroup', { name: '有没有残疾人证' })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await page
    .getByRole('radiogroup', { name: /有没有重病/ })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await chooseByKeyboard(page, '是否在上学（全日制）', 1)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '保存这位成员' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: /^子女，1\d 岁/ })).toBeVisible()
  await page.getByRole('button', { name: '下一步' }).click()

  // Step 3: incomes in 元, with a typing mistake that is kept and explained.
  await expect(page.getByText('第 3 步，共 4 步：收入')).toBeVisible()
  const self = page.getByRole('textbox', { name: /^本人.*平均每月收入/ })
  await self.fill('800.555')
  await page.getByRole('textbox', { name: /^配偶.*平均每月收入/ }).fill('６００元')
  await page.getByRole('textbox', { name: /^子女.*平均每月收入/ }).fill('0')
  await page.getByRole('button', { name: '下一步' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '小数点后两位' })).toBeVisible()
  await expect(self).toHaveValue('800.555')
  await expectNoAxeViolations(page)
  await self.fill('800')
  await page.getByRole('button', { name: '下一步' }).click()

  // Step 4: 上一步 keeps the answers.
  await expect(page.getByText('第 4 步，共 4 步：其他情况')).toBeVisible()
  await page.getByRole('button', { name: '上一步' }).click()
  await expect(page.getByRole('textbox', { name: /^配偶.*平均每月收入/ })).toHaveValue('６００元')
  await page.getByRole('button', { name: '下一步' }).click()

  await page.getByRole('radio', { name: '是，在范围内' }).click()
  await page.getByRole('radiogroup', { name: /赡养/ }).getByRole('radio', { name: '没有', exact: true }).click()
  await page
    .getByRole('radiogroup', { name: /突发的事/ })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '查看结果' }).click()

  // The result.
  await expect(page.getByRole('heading', { level: 1, name: '预检结果' })).toBeAttached()
  await expect(page.getByText('初步测算，仅供参考，以家庭经济状况核对和审核确认结果为准').first()).toBeVisible()
  const dibao = page.getByRole('region', { name: '最低生活保障（低保），可能符合' })
  await expect(dibao).toBeVisible()
  await expect(dibao.getByText('家庭月收入合计 1400.00 元 ÷ 3 人 = 人均 466.66 元', { exact: false })).toBeVisible()
  await expect(dibao.getByText('估算每月约 265.00 元')).toBeVisible()
  await expect(dibao.getByText(/入户调查/)).toBeVisible()
  await expect(
    page.getByRole('img', { name: /人均月收入 466\.66 元.*低保标准 555\.00 元.*低保边缘线 832\.50 元/ }),
  ).toBeVisible()
  await expect(page.getByText(/山西省农村低保平均标准/)).toBeVisible()
  await expect(page.getByText('下一步怎么做')).toBeVisible()
  await expect(page.getByText(/去乡镇（街道）申请/)).toBeVisible()
  await expect(page.getByRole('button', { name: '拨打 12345' })).toBeVisible()
  await expect(page.getByText('不符合', { exact: true })).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Nothing was written to storage.
  const keysAfter = await page.evaluate(() => Object.keys(window.localStorage).sort())
  expect(keysAfter).toEqual(keysBefore)
  const sessionKeys = await page.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith('jxj:')))
  expect(sessionKeys).toEqual([])

  // 修改答案 goes back with every answer still there.
  await page.getByRole('button', { name: '修改答案' }).click()
  await expect(page.getByText('第 4 步，共 4 步：其他情况')).toBeVisible()
  await expect(page.getByRole('radio', { name: '是，在范围内' })).toHaveAttribute('aria-checked', 'true')

  // 了解政策 on the 低保 card opens the 低保 article.
  await page.getByRole('button', { name: '查看结果' }).click()
  await page
    .getByRole('region', { name: '最低生活保障（低保），可能符合' })
    .getByRole('link', { name: /^了解政策/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: '最低生活保障（低保）' })).toBeVisible()
  await expect(page.getByRole('region', { name: '救助明白卡' })).toBeVisible()
})

test('?programme=dibao names the programme up front', async ({ page }) => {
  await openRoute(page, `${PRECHECK}?programme=dibao`)
  await expect(page.getByText(/你想了解的是：最低生活保障（低保）/)).toBeVisible()
})
