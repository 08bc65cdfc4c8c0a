// npm run walkthrough [-- --no-build]: the demo story (docs/demo-story.md) played in Chromium on a phone-sized
// H5 page, one numbered screenshot per step in docs/walkthrough/, and a gallery docs/walkthrough/README.md.
// It is also a test: it exits 1 when a step fails. Journeys that are not in the build yet are listed as
// skipped (their route is missing from the H5 app), not failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { serveStatic } from './serveStatic.mjs'
import { h5Sizes } from './size.mjs'
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  PHONE_CONTEXT,
  SAMPLE_FAMILY,
  applyJourney,
  demoConsoleJourney,
  policyJourney,
  precheckJourney,
  progressJourney,
} from './demoJourneys.mjs'

const OUT = 'docs/walkthrough'
const rootFlag = process.argv.indexOf('--root')
/** `--root <dir>`: play the story on another H5 build (implies --no-build). */
const ROOT = rootFlag > 0 ? process.argv[rootFlag + 1] : 'dist/h5'
const noBuild = process.argv.includes('--no-build') || rootFlag > 0
const STEP_TIMEOUT_MS = 20_000

if (!noBuild || !existsSync(join(ROOT, 'index.html'))) {
  console.log('构建 H5（npm run build:h5）…')
  const r = spawnSync('npm', ['run', '--silent', 'build:h5'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (r.status !== 0) process.exit(1)
}

const routesInBuild = new Set(h5Sizes(ROOT).routes.map((r) => `/${r.route.replace(/^\/+/, '')}`))
const has = (route) => routesInBuild.has(route)

/**
 * The story, in order. `needs` lists the routes a chapter depends on; a chapter whose routes are not in the
 * build is skipped. Each chapter calls `shot(name, caption)` once per screen worth showing.
 */
const chapters = [
  {
    title: '首页',
    needs: ['/pages/home/index'],
    async run({ page, shot, open }) {
      await open('/pages/home/index')
      await page.getByText('演示版：数据都是模拟的').waitFor()
      await shot(
        'home',
        '首页：服务名称、“演示版”说明、办事入口（资格预检、进度查询、政策解读……）、长辈版开关和 12345 热线。',
      )
    },
  },
  {
    title: '资格预检',
    needs: [precheckJourney.route, precheckJourney.resultRoute],
    async run({ page, shot }) {
      await precheckJourney.open(page)
      const captions = {
        'precheck-region': '资格预检第 1 步：选户籍所在地（吕梁市 临县）和户籍类别（农村）。',
        'precheck-members': '第 2 步：家庭成员，本人、配偶、上学的孩子三口人，各一行。',
        'precheck-income': '第 3 步：每人平均每月收入（元）：800、600、0。',
      }
      await precheckJourney.answerAllButLast(page, (name) => shot(name, captions[name]))
      await shot('precheck-other', '第 4 步：其他情况（财产在范围内、没有赡养人、没有突发的事），然后点“查看结果”。')
      await precheckJourney.submit(page)
      await shot(
        'precheck-result',
        '预检结果：先提醒“初步测算，仅供参考”；“你家的情况”写明户籍、人数、收入合计和当地低保标准（标着“参考值”），并用横条对比人均收入和标准。',
      )
      await page.getByRole('region', { name: /最低生活保障（低保），可能符合/ }).scrollIntoViewIfNeeded()
      await shot(
        'precheck-result-dibao',
        '往下看：低保“可能符合”，算式 1400.00 元 ÷ 3 人 = 人均 466.66 元，估算每月金额和下一步怎么做。',
      )
      await page
        .getByRole('heading', { name: '下一步怎么做' })
        .or(page.getByText('下一步怎么做'))
        .first()
        .scrollIntoViewIfNeeded()
      await shot('precheck-next', '结果页底部：下一步怎么做（去乡镇（街道）申请、要带的材料）和 12345 热线。')
    },
  },
  {
    title: '救助申请',
    needs: [precheckJourney.resultRoute, applyJourney.startRoute, applyJourney.formRoute, applyJourney.doneRoute],
    async run({ page, shot, story }) {
      if (!(await page.getByRole('button', { name: /^一键申请/ }).count())) {
        throw new Error('预检结果页上没有“一键申请”按钮（要先走完资格预检这一章）')
      }
      await applyJourney.startFromPrecheck(page)
      await shot('apply-notice', '一键申请：用预检的答案开始申请，先看申请须知（要准备什么、多久办完、信息怎么用）。')
      const captions = {
        'apply-programmes': '选择救助项目：低保已按预检结果勾上。',
        'apply-applicant': '申请人信息：姓名、身份证号（虚构）、手机号、户籍地（吕梁市 临县 已从预检带过来）、住址。',
        'apply-household': '家庭成员：配偶和孩子已从预检带过来，只补姓名和身份证号；姓名和号码打码显示。',
        'apply-income': '收入和财产：预检填的每月收入已带过来，可以再细分。',
        'apply-materials': '申请材料：按情况列出要交的材料，身份证和户口簿可以“稍后补充”。',
        'apply-consent': '授权和同意：同意核对家庭收入和财产，输入姓名代替手写签名。',
      }
      await applyJourney.fill(page, (name) => shot(name, captions[name]))
      await shot('apply-review', '核对信息：全部答案一页看完，身份证号和手机号默认打码，可以逐项修改。')
      story.reference = await applyJourney.submit(page)
      await shot(
        'apply-done',
        `申请已提交：受理编号（本次 ${story.reference}）、受理单位、办理时限（30 个工作日）和接下来的步骤。`,
      )
    },
  },
  {
    title: '演示控制台',
    needs: [demoConsoleJourney.route],
    async run({ page, shot, open, story }) {
      await open(demoConsoleJourney.route)
      await page
        .getByRole('heading', { name: /^办理：/ })
        .first()
        .waitFor()
      const chosen = await demoConsoleJourney.chooseCase(page, story.reference)
      story.reference ??= chosen?.reference
      await shot(
        'demo-console',
        '演示控制台（只在演示版里有）：扮演乡镇和县民政部门办理刚提交的申请（受理、核对、入户调查、公示），还能让演示时钟前进。',
      )
      const confirmed = await demoConsoleJourney.confirmCase(page)
      await page.evaluate(() => window.scrollTo(0, 0))
      await shot('demo-console-confirmed', `演示控制台：公示期过后“审核同意”，案件变成「${confirmed.status}」。`)
    },
  },
  {
    title: '进度查询',
    needs: [progressJourney.route],
    async run({ page, shot, open, story }) {
      await open(progressJourney.route)
      await page.getByRole('heading', { level: 1, name: '进度查询' }).waitFor({ state: 'attached' })
      await page
        .getByText('正在读取…')
        .waitFor({ state: 'detached' })
        .catch(() => {})
      await shot(
        'progress',
        '进度查询（底部“进度”）：我的申请，姓名和身份证号都打了码，写着现在办到哪一步、下一步是什么。',
      )
      if (!has(progressJourney.detailRoute) || !story.reference) return
      await page
        .getByRole('link', { name: new RegExp(story.reference) })
        .first()
        .click()
      await page.getByRole('heading', { level: 1, name: '办理进度' }).waitFor({ state: 'attached' })
      await page.getByRole('heading', { level: 2, name: '办理步骤' }).waitFor({ state: 'attached' })
      await shot('progress-detail', '办理进度：审核结果“已确认”、每月金额和救助明白卡。')
      await page.getByRole('heading', { level: 2, name: '办理步骤' }).scrollIntoViewIfNeeded()
      await shot(
        'progress-timeline',
        '办理步骤时间线：提交、受理、核对、入户调查、评议、公示、审核确认，每一步的日期和办理单位。',
      )
    },
  },
  {
    title: '政策解读',
    needs: [policyJourney.route],
    async run({ page, shot, open }) {
      await open(policyJourney.route)
      await page.getByRole('heading', { level: 1, name: '政策解读' }).waitFor({ state: 'attached' })
      await shot('policy', '政策解读（底部“政策”）：搜索框、先看这些、按类别列出的救助政策。')
      if (!has(policyJourney.articleRoute)) return
      await policyJourney.openDibaoArticle(page)
      await shot(
        'policy-article',
        '政策文章“最低生活保障（低保）”：开头是救助明白卡（谁能申请、能得到什么、去哪办），注明“这是解读，不是官方通知”。',
      )
    },
  },
  {
    title: '长辈版',
    needs: ['/pages/home/index'],
    async run({ page, shot, open }) {
      await open('/pages/home/index')
      const toggle = page.getByRole('switch', { name: '长辈版' })
      if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
      await page.waitForFunction(
        () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true',
      )
      await page.evaluate(() => window.scrollTo(0, 0))
      await shot('elder-home', '长辈版首页：字更大、按钮更大，入口只留标题。')
    },
  },
]

rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

const { server, url } = await serveStatic({ root: ROOT, port: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const context = await browser.newContext(PHONE_CONTEXT)
context.setDefaultTimeout(STEP_TIMEOUT_MS)
const page = await context.newPage()
const consoleErrors = []
page.on('pageerror', (error) => consoleErrors.push(error.message))

const shots = []
const results = []
/** What one chapter hands to the next: the reference number of the application submitted in the story. */
const story = { reference: undefined }
let failed = false
for (const chapter of chapters) {
  const missing = chapter.needs.filter((r) => !has(r))
  if (missing.length) {
    results.push({ chapter: chapter.title, status: 'skipped', detail: `尚未上线（缺少 ${missing.join('、')}）` })
    continue
  }
  if (failed) {
    results.push({ chapter: chapter.title, status: 'skipped', detail: '前面的步骤失败了' })
    continue
  }
  const shot = async (name, caption, options = {}) => {
    const file = `${String(shots.length + 1).padStart(2, '0')}-${name}.png`
    // Let transitions and fonts settle, so the picture shows what a person would see.
    await page.evaluate(() => document.fonts?.ready)
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(OUT, file), fullPage: options.fullPage ?? false })
    shots.push({ file, caption, chapter: chapter.title })
    console.log(`  📸 ${file}`)
  }
  const open = async (route) => {
    await page.goto(`${url}#${route}`)
    await page.getByRole('main').first().waitFor()
  }
  console.log(`▶ ${chapter.title}`)
  try {
    await chapter.run({ page, shot, open, story, family: SAMPLE_FAMILY })
    results.push({ chapter: chapter.title, status: 'passed' })
  } catch (error) {
    failed = true
    const file = `FAILED-${chapter.title}.png`
    await page.screenshot({ path: join(OUT, file) }).catch(() => {})
    results.push({ chapter: chapter.title, status: 'failed', detail: error.message.split('\n')[0] })
    console.error(`✘ ${chapter.title}：${error.message}`)
    console.error(`  失败时的页面：${join(OUT, file)}`)
  }
}
await browser.close()
server.close()

const statusText = { passed: '✔ 通过', failed: '✘ 失败', skipped: '– 跳过' }
const readme = `# Walkthrough: the demo story in screenshots

Generated by \`npm run walkthrough\` (scripts/walkthrough.mjs) from the production H5 build, in Chromium with a
390×844 phone viewport at 2× pixel density, locale zh-CN. The story and the sample family (all fictional) are
in [../demo-story.md](../demo-story.md); a presenter can follow the same steps by hand in the WeChat
simulator. Regenerate after UI changes; the pictures are only as fresh as the last run.

| # | screen | what the user sees |
|---|---|---|
${shots.map((s, i) => `| ${i + 1} | [![${s.file}](${s.file})](${s.file}) | ${s.caption} |`).join('\n')}

## Chapters in this run

| chapter | result |
|---|---|
${results.map((r) => `| ${r.chapter} | ${statusText[r.status]}${r.detail ? `：${r.detail}` : ''} |`).join('\n')}
`
writeFileSync(join(OUT, 'README.md'), readme)

console.log('')
for (const r of results) console.log(`${statusText[r.status]}  ${r.chapter}${r.detail ? `：${r.detail}` : ''}`)
if (consoleErrors.length) console.log(`页面脚本错误：\n  ${consoleErrors.join('\n  ')}`)
const leftovers = readdirSync(OUT).filter((f) => f.endsWith('.png')).length
console.log(`\n${shots.length} 张截图（${leftovers} 个 PNG）写入 ${OUT}/`)
process.exit(failed ? 1 : 0)
