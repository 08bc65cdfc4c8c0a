// The demo story's sample family and the code that drives each journey of the H5 build in Chromium, shared by
// `npm run walkthrough` (screenshots) and `npm run bench` (pre-check timing). The family is written down for
// presenters in docs/demo-story.md; keep the two in step.
//
// Every person here is FICTIONAL. The ID numbers are generated below: the region code is 临县 (141124), the
// birth date is the member's, and the check character follows GB 11643-1999, so the app's validator accepts
// them, but they belong to nobody we know of.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
/** A mid-size Android phone, in Chinese. */
export const PHONE_CONTEXT = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

/** ISO 7064 MOD 11-2 check character of a 17-digit ID body. */
export function idCheckCharacter(body17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body17].reduce((n, d, i) => n + Number(d) * weights[i], 0)
  return '10X98765432'[sum % 11]
}

/** A fictional 18-digit ID number: region 临县, the birth date, sequence `seq` (odd = male, even = female). */
export function fakeIdNumber(birth, seq) {
  const body = `141124${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return body + idCheckCharacter(body)
}

/** The sample family: a rural 3-person household in 临县, 吕梁市 (all fictional). */
export const SAMPLE_FAMILY = {
  city: '吕梁市',
  county: '临县',
  town: '临泉镇',
  village: '（虚构）东坡村',
  residence: '农村',
  members: [
    {
      relation: '本人',
      name: '李建国',
      birth: '1970-01-01',
      sex: '男',
      monthlyIncomeYuan: '800',
      id: fakeIdNumber('1970-01-01', 951),
    },
    {
      relation: '配偶',
      name: '王秀英',
      birth: '1972-01-01',
      sex: '女',
      monthlyIncomeYuan: '600',
      id: fakeIdNumber('1972-01-01', 962),
    },
    {
      relation: '子女',
      name: '李小雨',
      birth: '2012-01-01',
      sex: '女',
      monthlyIncomeYuan: '0',
      inSchool: true,
      id: fakeIdNumber('2012-01-01', 974),
    },
  ],
  phone: '13800000000',
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Waits until the hash router shows `route` and its main landmark. */
export async function waitForRoute(page, route) {
  await page.waitForFunction((r) => window.location.hash.split('?')[0] === `#${r}`, route)
  await page.locator('.taro_page:not([style*="display: none"]) [role="main"], main').last().waitFor()
}

// ── 资格预检 ───────────────────────────────────────────────────────────────────────────────────────────────
const precheckField = (page, label) => page.getByRole('button', { name: new RegExp(`^${escape(label)}：`) })
async function chooseByKeyboard(page, label, steps) {
  await precheckField(page, label).focus()
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
}
async function answerNoToHealthQuestions(page) {
  await page
    .getByRole('radiogroup', { name: '有没有残疾人证' })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
  await page
    .getByRole('radiogroup', { name: /有没有重病/ })
    .getByRole('radio', { name: '没有', exact: true })
    .click()
}

export const precheckJourney = {
  route: '/packages/precheck/index/index',
  resultRoute: '/packages/precheck/result/index',

  /** From home: opens the pre-check. */
  async open(page) {
    await page.getByRole('link', { name: /资格预检/ }).click()
    await page.getByRole('heading', { level: 1, name: '资格预检' }).waitFor({ state: 'attached' })
  },

  /**
   * Answers every question for the sample family and stops before the last click (查看结果). `shot(name)` is
   * called at the moments worth a screenshot.
   */
  async answerAllButLast(page, shot = async () => {}) {
    if (!/precheck/.test(await page.evaluate(() => window.location.hash))) await precheckJourney.open(page)
    // Step 1: 地区和户籍
    await page.getByText('第 1 步，共 4 步').waitFor()
    await chooseByKeyboard(page, '户籍所在的市', 11) // 吕梁市
    await chooseByKeyboard(page, '户籍所在的县（市、区）', 5) // 临县
    await page.getByRole('radio', { name: SAMPLE_FAMILY.residence }).click()
    await shot('precheck-region')
    await page.getByRole('button', { name: '下一步' }).click()

    // Step 2: 家庭成员. The applicant (date wheel starts at 1970-01-01), spouse 1972, child 2012 at school.
    await page.getByText('第 2 步，共 4 步').waitFor()
    await precheckField(page, '出生日期').click()
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
    await answerNoToHealthQuestions(page)
    await page.getByRole('button', { name: '保存本人信息' }).click()

    await page.getByRole('button', { name: '＋ 添加一位家庭成员' }).click()
    await chooseByKeyboard(page, '和申请人的关系', 1) // 配偶
    await precheckField(page, '出生日期').focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown') // 1970 → 1972
    await answerNoToHealthQuestions(page)
    await page.getByRole('button', { name: '保存这位成员' }).click()

    await page.getByRole('button', { name: '＋ 添加一位家庭成员' }).click()
    await chooseByKeyboard(page, '和申请人的关系', 2) // 子女
    await precheckField(page, '出生日期').focus()
    await page.keyboard.press('ArrowDown') // 1970
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown') // 2010
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown') // 2012
    await answerNoToHealthQuestions(page)
    await chooseByKeyboard(page, '是否在上学（全日制）', 1)
    await page.getByRole('button', { name: '保存这位成员' }).click()
    await page
      .getByRole('listitem')
      .filter({ hasText: /^子女，1\d 岁/ })
      .waitFor()
    await shot('precheck-members')
    await page.getByRole('button', { name: '下一步' }).click()

    // Step 3: 收入 (元 per month)
    await page.getByText('第 3 步，共 4 步').waitFor()
    for (const m of SAMPLE_FAMILY.members) {
      await page.getByRole('textbox', { name: new RegExp(`^${m.relation}.*平均每月收入`) }).fill(m.monthlyIncomeYuan)
    }
    await shot('precheck-income')
    await page.getByRole('button', { name: '下一步' }).click()

    // Step 4: 其他情况
    await page.getByText('第 4 步，共 4 步').waitFor()
    await page.getByRole('radio', { name: '是，在范围内' }).click()
    // The child's parents live with her and can support her: 特困 does not apply to this family.
    await page
      .getByRole('radiogroup', { name: /赡养/ })
      .getByRole('radio', { name: '有，而且有能力', exact: true })
      .click()
    await page
      .getByRole('radiogroup', { name: /突发的事/ })
      .getByRole('radio', { name: '没有', exact: true })
      .click()
  },

  /** The last answer: 查看结果. Resolves once the result is on screen. */
  async submit(page) {
    await page.getByRole('button', { name: '查看结果' }).click()
    await page.getByRole('heading', { level: 1, name: '预检结果' }).waitFor({ state: 'attached' })
    await page
      .getByText(/可能符合/)
      .first()
      .waitFor()
  },

  /**
   * Milliseconds from the click on 查看结果 to the first frame that shows a programme marked 可能符合, measured
   * inside the page (event timestamp to requestAnimationFrame), so Playwright's polling does not count.
   */
  async timeLastAnswerToResult(page) {
    await page.evaluate(() => {
      window.__precheckBench = new Promise((resolve) => {
        let clickedAt
        document.addEventListener('click', (event) => (clickedAt ??= event.timeStamp), { capture: true })
        const hasResult = () =>
          [...document.querySelectorAll('[role="region"], section')].some(
            (el) => el.offsetParent !== null && /可能符合/.test(el.getAttribute('aria-label') ?? el.textContent ?? ''),
          )
        const poll = () => {
          if (clickedAt !== undefined && hasResult()) {
            // The next frame is the one that paints what is in the DOM now.
            requestAnimationFrame(() => resolve(performance.now() - clickedAt))
          } else requestAnimationFrame(poll)
        }
        requestAnimationFrame(poll)
      })
    })
    await page.getByRole('button', { name: '查看结果' }).click()
    return page.evaluate(() => window.__precheckBench)
  },
}

// ── 演示控制台 and 进度查询 ─────────────────────────────────────────────────────────────────────────────────
/** The office actions, in the order that takes a 低保 case from 已提交 to 已确认 (民主评议 is optional). */
const OFFICE_ACTIONS = ['受理', '开始核对', '核对完成，入户调查', '公示', '结束公示', '审核同意']
/** The monthly amount the pre-check estimated for the sample family (555.00 × 3 − 1400.00). */
const SAMPLE_MONTHLY_YUAN = '265'

export const demoConsoleJourney = {
  route: '/packages/demo/console/index',

  /** The case being handled: its heading reads "办理：<reference>（<status>）". */
  async currentCase(page) {
    const text = await page
      .getByRole('heading', { name: /^办理：/ })
      .first()
      .textContent()
    const m = /^办理：(.+?)（(.+)）$/.exec(text?.trim() ?? '')
    return m ? { reference: m[1], status: m[2] } : null
  },

  /** Chooses the story's case, or (when the application journey is not there) a seeded case just submitted. */
  async chooseCase(page, reference) {
    const radio = reference
      ? page.getByRole('radio', { name: new RegExp(escape(reference)) })
      : page.getByRole('radio', { name: /已提交/ }).first()
    await radio.click()
    await page.waitForFunction((el) => el?.getAttribute('aria-checked') === 'true', await radio.elementHandle())
    return demoConsoleJourney.currentCase(page)
  },

  /**
   * Plays the office side until the case reads 已确认: each round presses the first available action in
   * OFFICE_ACTIONS; when 结束公示 must wait for the 公示 period, the demo clock moves on 6 working days.
   */
  async confirmCase(page) {
    for (let round = 0; round < 20; round++) {
      const current = await demoConsoleJourney.currentCase(page)
      if (!current) throw new Error('演示控制台上没有可以办理的案件')
      if (/已确认|已认定/.test(current.status)) return current
      let action
      for (const name of OFFICE_ACTIONS) {
        const button = page.getByRole('button', { name, exact: true })
        if ((await button.count()) > 0 && (await button.first().isVisible())) {
          action = name
          break
        }
      }
      if (!action) throw new Error(`演示控制台：案件「${current.status}」没有可按的办理操作`)
      if (action === '审核同意') {
        const amount = page.getByRole('textbox', { name: /救助金额/ })
        if (!(await amount.inputValue())) await amount.fill(SAMPLE_MONTHLY_YUAN)
      }
      await page.getByRole('button', { name: action, exact: true }).first().click()
      // The console answers "<action>：已完成，现在是「<status>」", or says the 公示 is not over yet.
      const done = page.getByText(new RegExp(`^${escape(action)}：已完成`)).first()
      const tooEarly = page.getByText(/公示期满前不能结束公示/).first()
      await done.or(tooEarly).waitFor()
      if (await tooEarly.isVisible()) {
        const days = { name: '前进几个工作日' }
        await page.getByRole('spinbutton', days).or(page.getByRole('textbox', days)).fill('6')
        await page.getByRole('button', { name: '演示时钟前进 6 个工作日' }).click()
        await page.getByText('演示时钟前进：已完成').waitFor()
        continue
      }
      const status = /现在是「(.+)」/.exec((await done.textContent()) ?? '')?.[1]
      if (status) await page.getByRole('heading', { name: `办理：${current.reference}（${status}）` }).waitFor()
    }
    throw new Error('演示控制台：20 步之内没有办到“已确认”')
  },
}

export const progressJourney = {
  route: '/pages/progress/index',
  detailRoute: '/packages/progress/detail/index',
}

export const policyJourney = {
  route: '/pages/policy/index',
  articleRoute: '/packages/policy/article/index',

  /** On the 政策 tab: searches 低保 and opens its article. */
  async openDibaoArticle(page) {
    await page.locator('.policy-search__input input').first().fill('低保')
    await page
      .getByRole('list', { name: '搜索结果' })
      .getByRole('link', { name: /^最低生活保障（低保）/ })
      .click()
    await page.getByRole('heading', { level: 1, name: '最低生活保障（低保）' }).waitFor({ state: 'attached' })
    await page.getByRole('region', { name: '救助明白卡' }).waitFor()
  },
}

// ── 救助申请 (一键申请 from the pre-check result) ───────────────────────────────────────────────────────────
const nextButton = (page) => page.getByRole('button', { name: /保存并继续|我已了解，开始填写|保存并回到核对/ })
const screenTitled = (page, title) =>
  page.getByRole('heading', { level: 1, name: title }).waitFor({ state: 'attached' })

export const applyJourney = {
  startRoute: '/packages/apply/start/index',
  formRoute: '/packages/apply/form/index',
  doneRoute: '/packages/apply/done/index',

  /** From the pre-check result: 一键申请, then start from the pre-check's answers. */
  async startFromPrecheck(page) {
    await page.getByRole('button', { name: /^一键申请/ }).click()
    await screenTitled(page, '救助申请')
    await page.getByRole('button', { name: '用预检的答案开始申请' }).click()
    await screenTitled(page, '申请须知')
  },

  /** Fills the form for the sample family; `shot(name)` at each screen worth showing. Stops on 核对信息. */
  async fill(page, shot = async () => {}) {
    const [self, spouse, child] = SAMPLE_FAMILY.members
    // Step 1 asks for the current 个人信息处理规则 when it was not accepted yet (needsReconsent).
    const consent = page.getByRole('checkbox', { name: '我已阅读并同意《个人信息处理规则》' })
    if ((await consent.count()) > 0 && (await consent.getAttribute('aria-checked')) !== 'true') await consent.click()
    await nextButton(page).click()

    await screenTitled(page, '选择救助项目')
    const dibao = page.getByRole('checkbox', { name: /^最低生活保障（低保）/ })
    if ((await dibao.getAttribute('aria-checked')) !== 'true') await dibao.click()
    await shot('apply-programmes')
    await nextButton(page).click()

    await screenTitled(page, '申请人信息')
    await page.getByRole('textbox', { name: '申请人姓名', exact: true }).fill(self.name)
    await page.getByRole('textbox', { name: '申请人身份证号', exact: true }).fill(self.id)
    await page.getByRole('textbox', { name: '手机号', exact: true }).fill(SAMPLE_FAMILY.phone)
    const town = page.getByRole('button', { name: /^乡镇（街道）：/ })
    if (/请选择/.test((await town.getAttribute('aria-label')) ?? (await town.textContent()) ?? '')) {
      await town.focus()
      await town.press('ArrowDown')
    }
    await page
      .getByRole('textbox', { name: '现在住的详细地址', exact: true })
      .fill(`${SAMPLE_FAMILY.town}${SAMPLE_FAMILY.village} 12 号`)
    const rural = page.getByRole('radio', { name: '农村户口', exact: true })
    if ((await rural.getAttribute('aria-checked')) !== 'true') await rural.click()
    await shot('apply-applicant')
    await nextButton(page).click()

    await screenTitled(page, '家庭成员')
    for (const member of [spouse, child]) {
      await page
        .getByRole('button', { name: new RegExp(`^修改：(家人 \\d+：)?${member.relation}`) })
        .first()
        .click()
      await page.getByRole('textbox', { name: '姓名', exact: true }).fill(member.name)
      await page.getByRole('textbox', { name: '身份证号', exact: true }).fill(member.id)
      await page.getByRole('button', { name: /^填好了/ }).click()
    }
    await shot('apply-household')
    await nextButton(page).click()

    await screenTitled(page, '收入和财产')
    await shot('apply-income')
    await nextButton(page).click()

    await screenTitled(page, '申请材料')
    // Every recommended item (身份证, 户口簿, and 学籍证明 for the pupil) is handed in later at the window.
    const laterButtons = page.locator('[role="main"]:visible').getByRole('button', { name: /^稍后补充：/ })
    for (let i = 0, n = await laterButtons.count(); i < n; i++) await laterButtons.nth(i).click()
    await shot('apply-materials')
    await nextButton(page).click()

    await screenTitled(page, '授权和同意')
    for (const box of [/^同意核对全家的收入和财产/, /^作为监护人，同意处理不满 14 周岁孩子的信息/, /监护人/]) {
      const checkbox = page.getByRole('checkbox', { name: box }).first()
      if ((await checkbox.count()) && (await checkbox.getAttribute('aria-checked')) !== 'true') await checkbox.click()
    }
    await page.getByRole('textbox', { name: '不方便手写？输入申请人姓名确认签名' }).fill(self.name)
    await page.getByRole('button', { name: '用输入的姓名签名' }).click()
    await page.getByText('已签名', { exact: true }).waitFor()
    await shot('apply-consent')
    await nextButton(page).click()

    await screenTitled(page, '核对信息')
  },

  /** Submits from 核对信息 and returns the reference number on the confirmation screen. */
  async submit(page) {
    await page.getByRole('button', { name: '确认无误，提交申请' }).click()
    await screenTitled(page, '申请已提交')
    return (await page.locator('.apply-reference:visible').first().innerText()).trim()
  },
}
