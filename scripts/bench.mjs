// npm run bench [-- --no-build]: performance report. A benchmark, not a test: it always exits 0 when it could
// measure, and prints ✘ next to a missed target. Writes docs/performance.md.
//
// 1. Package sizes of this app next to a bare Taro app (one View and one Text, same locked versions) built in
//    a temporary folder.
// 2. Lighthouse (mobile, Debian Chromium), median of 3 runs, on the home page of both apps.
// 3. Headless Chromium with a 4× CPU slowdown: FCP of home (median of 5), time from the last pre-check answer
//    to the result on screen (median of 5), and the eligibility engine's evaluations per second.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { chromium } from 'playwright-core'
import { buildBareTaroApp, BARE_HOME } from './bareTaroApp.mjs'
import { runLighthouse } from './lighthouse.mjs'
import { serveStatic } from './serveStatic.mjs'
import { weappSizes, h5Sizes } from './size.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PHONE_CONTEXT, precheckJourney } from './demoJourneys.mjs'

const APP_HOME = '/pages/home/index'
const LIGHTHOUSE_RUNS = 3
const BROWSER_RUNS = 5
const CPU_SLOWDOWN = 4
const noBuild = process.argv.includes('--no-build')
const startedAt = Date.now()

const log = (text) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${text}`)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value) => (value === undefined ? '—' : `${Math.round(value)} ms`)
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—')
const mark = (ok) => (ok ? '✔' : '✘')
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return undefined
  const mid = Math.floor(v.length / 2)
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}

// Terminal table with CJK characters counted as two columns.
const width = (s) => [...String(s)].reduce((n, ch) => n + (ch.codePointAt(0) > 0x2e80 ? 2 : 1), 0)
function printTable(title, header, rows) {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))))
  const line = (r) => r.map((c, i) => String(c ?? '') + ' '.repeat(widths[i] - width(c ?? ''))).join('  ')
  console.log(`\n${title}`)
  console.log(line(header))
  console.log(widths.map((w) => '─'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
}
const markdownTable = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

function run(cmd, args, label) {
  log(label)
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

// ── 1. Builds and sizes ────────────────────────────────────────────────────────────────────────────────────
const bare = await buildBareTaroApp({ log })
if (!noBuild || !existsSync('dist/weapp/app.json') || !existsSync('dist/h5/index.html')) {
  run('npm', ['run', '--silent', 'build'], '构建本应用（npm run build）…')
}

const appWeapp = weappSizes('dist/weapp')
const bareWeapp = weappSizes(bare.weappRoot)
const appH5 = h5Sizes('dist/h5')
const bareH5 = h5Sizes(bare.h5Root)
const largestRoute = (h) => h.routes.reduce((a, b) => (b.gzip > (a?.gzip ?? -1) ? b : a), undefined)
const appLargest = largestRoute(appH5)
const bareLargest = largestRoute(bareH5)
const appHome = appH5.routes.find((r) => `/${r.route.replace(/^\/+/, '')}` === APP_HOME)

const MB = 1024 * 1024
const sizeRows = [
  [
    '小程序主包',
    kb(appWeapp.main),
    kb(bareWeapp.main),
    ratio(appWeapp.main, bareWeapp.main),
    `${mark(appWeapp.main <= 2 * bareWeapp.main)} ≤ 2.0 × 空白应用`,
  ],
  ...Object.entries(appWeapp.subpackages).map(([root, bytes]) => [
    `小程序分包 ${root}`,
    kb(bytes),
    '—',
    '—',
    `${mark(bytes <= 0.5 * MB)} ≤ 0.5 MB`,
  ]),
  [
    '小程序合计',
    kb(appWeapp.total),
    kb(bareWeapp.total),
    ratio(appWeapp.total, bareWeapp.total),
    `${mark(appWeapp.total <= 1.2 * MB)} ≤ 1.2 MB`,
  ],
  [
    'H5 首次加载 JS+CSS（gzip）',
    kb(appH5.initialGzip),
    kb(bareH5.initialGzip),
    ratio(appH5.initialGzip, bareH5.initialGzip),
    `${mark(appH5.initialGzip <= 1.4 * bareH5.initialGzip)} ≤ 1.4 × 空白应用`,
  ],
  [
    'H5 首页路由分块（gzip，打开首页时再下载）',
    appHome ? kb(appHome.gzip) : '—',
    bareLargest ? kb(bareLargest.gzip) : '—',
    appHome && bareLargest ? ratio(appHome.gzip, bareLargest.gzip) : '—',
    '',
  ],
  [
    'H5 最大路由分块（gzip，该路由全部分块）',
    appLargest
      ? `${kb(appLargest.gzip)}（${appLargest.route}，自有 ${kb(appLargest.ownGzip ?? appLargest.gzip)}）`
      : '—',
    bareLargest ? kb(bareLargest.gzip) : '—',
    appLargest && bareLargest ? ratio(appLargest.gzip, bareLargest.gzip) : '—',
    '',
  ],
  ['H5 多个路由共用的分块合计（gzip）', kb(appH5.sharedGzip), kb(bareH5.sharedGzip), '—', ''],
]
const sizeHeader = ['包', '本应用', '空白 Taro 应用', '比值', '目标']
printTable('包体积', sizeHeader, sizeRows)

// ── 2. Lighthouse ──────────────────────────────────────────────────────────────────────────────────────────
// gzip, as any production web server would: Lighthouse's simulated Slow 4G then sees realistic transfer sizes.
const appServer = await serveStatic({ root: 'dist/h5', port: 0, gzip: true })
const bareServer = await serveStatic({ root: bare.h5Root, port: 0, gzip: true })
const appUrl = (route) => `${appServer.url}#${route}`
const bareUrl = `${bareServer.url}#${BARE_HOME}`

const lighthouse = { app: [], bare: [] }
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  // Interleaved, so that a busy moment on the machine hits both apps alike.
  for (const [key, url] of [
    ['app', appUrl(APP_HOME)],
    ['bare', bareUrl],
  ]) {
    log(`Lighthouse ${key === 'app' ? '本应用' : '空白应用'} 第 ${i + 1}/${LIGHTHOUSE_RUNS} 次…`)
    try {
      lighthouse[key].push(await runLighthouse({ url, categories: ['performance'] }))
    } catch (error) {
      log(`  Lighthouse 出错：${error.message.split('\n')[0]}`)
    }
  }
}
const lhMedian = (key) => ({
  performance: median(lighthouse[key].map((r) => r.scores.performance)),
  fcp: median(lighthouse[key].map((r) => r.fcp)),
  lcp: median(lighthouse[key].map((r) => r.lcp)),
  tbt: median(lighthouse[key].map((r) => r.tbt)),
  cls: median(lighthouse[key].map((r) => r.cls)),
})
const lhApp = lhMedian('app')
const lhBare = lhMedian('bare')
const known = (...values) => values.every((v) => v !== undefined)
const lhRows = [
  [
    'Performance 评分',
    lhApp.performance ?? '—',
    lhBare.performance ?? '—',
    known(lhApp.performance, lhBare.performance)
      ? `${mark(lhApp.performance >= lhBare.performance)} ≥ 空白应用`
      : '✘ 未测出',
  ],
  ['FCP', ms(lhApp.fcp), ms(lhBare.fcp), ''],
  [
    'LCP',
    ms(lhApp.lcp),
    ms(lhBare.lcp),
    known(lhApp.lcp, lhBare.lcp) ? `${mark(lhApp.lcp <= 1.1 * lhBare.lcp)} ≤ 1.1 × 空白应用` : '✘ 未测出',
  ],
  ['TBT', ms(lhApp.tbt), ms(lhBare.tbt), ''],
  ['CLS', lhApp.cls?.toFixed(3) ?? '—', lhBare.cls?.toFixed(3) ?? '—', ''],
]
const lhHeader = ['首页（Lighthouse 移动端，3 次中位数）', '本应用', '空白 Taro 应用', '目标']
printTable('Lighthouse', lhHeader, lhRows)
// What Lighthouse saw as the largest paint and the layout shifts, from the last run of each app.
const lhDetails = Object.entries({ 本应用: lighthouse.app.at(-1), 空白应用: lighthouse.bare.at(-1) }).map(
  ([name, r]) =>
    `- ${name}: LCP element \`${r?.lcpElement ?? '—'}\`; layout shifts: ${
      r?.layoutShifts?.length ? r.layoutShifts.map((s) => `\`${s.element}\` ${s.score.toFixed(3)}`).join(', ') : 'none'
    }`,
)
for (const line of lhDetails) console.log(line)

// ── 3. Headless Chromium with a CPU slowdown ────────────────────────────────────────────────────────────────
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

/** A fresh context (empty cache and storage) with the CPU slowed down. */
async function throttledPage() {
  const context = await browser.newContext(PHONE_CONTEXT)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  return { context, page, throttle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }) }
}

async function measureFcp(url) {
  const { context, page, throttle } = await throttledPage()
  try {
    await throttle(CPU_SLOWDOWN)
    await page.goto(url, { waitUntil: 'load' })
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const found = performance.getEntriesByName('first-contentful-paint')[0]
          if (found) return resolve(found.startTime)
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0]
            if (entry) resolve(entry.startTime)
          }).observe({ type: 'paint', buffered: true })
          setTimeout(() => resolve(undefined), 15000)
        }),
    )
  } finally {
    await context.close()
  }
}

const fcp = { app: [], bare: [] }
log(`首页 FCP（CPU 降速 ${CPU_SLOWDOWN}×，${BROWSER_RUNS} 次）…`)
for (let i = 0; i < BROWSER_RUNS; i++) {
  fcp.app.push(await measureFcp(appUrl(APP_HOME)))
  fcp.bare.push(await measureFcp(bareUrl))
}

const precheckAvailable = appH5.routes.some((r) => `/${r.route}`.replace(/^\/+/, '/') === precheckJourney.route)
const precheckTimes = []
let precheckNote = '未测：资格预检尚未上线'
if (precheckAvailable) {
  log(`资格预检：最后一题到结果出现（CPU 降速 ${CPU_SLOWDOWN}×，${BROWSER_RUNS} 次）…`)
  for (let i = 0; i < BROWSER_RUNS; i++) {
    const { context, page, throttle } = await throttledPage()
    try {
      await page.goto(appUrl(APP_HOME))
      await precheckJourney.answerAllButLast(page)
      await throttle(CPU_SLOWDOWN)
      precheckTimes.push(await precheckJourney.timeLastAnswerToResult(page))
    } catch (error) {
      precheckNote = `测量出错：${error.message.split('\n')[0]}`
      log(`  ${precheckNote}`)
    } finally {
      await context.close()
    }
  }
}
await browser.close()
appServer.server.close()
bareServer.server.close()

let engine = { note: '未测：npm run bench:precheck 尚未上线' }
const packageScripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {}
if (packageScripts['bench:precheck']) {
  log('资格规则引擎：每秒测算次数（npm run bench:precheck）…')
  const r = spawnSync('npm', ['run', '--silent', 'bench:precheck'], { encoding: 'utf8' })
  const number = (label) => {
    const m = r.stdout?.match(new RegExp(`${label}:\\s*([\\d,]+)`))
    return m ? Number(m[1].replace(/,/g, '')) : undefined
  }
  engine =
    r.status === 0
      ? { perCpu: number('per CPU-second'), perWall: number('per wall-second'), raw: r.stdout.trim() }
      : { note: `bench:precheck 失败：${(r.stderr || r.stdout).trim().split('\n')[0]}` }
}

const precheckMedian = median(precheckTimes)
const browserRows = [
  [
    `首页 FCP（${BROWSER_RUNS} 次中位数）`,
    ms(median(fcp.app)),
    ms(median(fcp.bare)),
    ratio(median(fcp.app), median(fcp.bare)),
  ],
  [
    `资格预检：最后一题 → 结果出现（${BROWSER_RUNS} 次中位数）`,
    precheckMedian === undefined ? precheckNote : ms(precheckMedian),
    '—',
    '—',
  ],
  [
    '资格规则引擎：每秒测算（4 口之家，单核）',
    engine.perCpu ? `${engine.perCpu.toLocaleString('en-US')} 次/秒` : engine.note,
    '—',
    '—',
  ],
]
const browserHeader = [`无头 Chromium，CPU 降速 ${CPU_SLOWDOWN}×`, '本应用', '空白 Taro 应用', '比值']
printTable('浏览器实测', browserHeader, browserRows)

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────────────
const cpuModel =
  readFileSync('/proc/cpuinfo', 'utf8')
    .match(/^model name\s*:\s*(.+)$/m)?.[1]
    ?.trim() ??
  cpus()[0]?.model ??
  'unknown'
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const date = new Date().toISOString().slice(0, 10)
const totalSeconds = Math.round((Date.now() - startedAt) / 1000)

const markdown = `# Performance report

Generated by \`npm run bench\` (scripts/bench.mjs) on ${date}. Machine: ${cpuModel}, ${cpus().length} cores,
load average ${load} when the report was written (other work on the machine slows every figure down; compare
this app with the bare app measured in the same run, not with other runs). Node ${process.version}. Whole run
${totalSeconds} s. This is a benchmark, not a test: a missed target is marked ✘ and the command still exits 0.

The **bare Taro app** is built by the script in a temporary folder with this repository's \`node_modules\`
(Taro 4.1.11, React 18, webpack 5.91): one page with a \`View\` and a \`Text\`, the same output names and
hash router (scripts/bareTaroApp.mjs). Ratios are this app ÷ bare app.

## Package sizes

${markdownTable(sizeHeader, sizeRows)}

Weapp sizes are bytes on disk of every packaged file (what \`npm run size\` counts, source maps excluded). H5
sizes are gzip -9 of the JS and CSS in \`index.html\` (initial) and of the lazy chunks a route loads (its own and those it shares with other routes).

## Lighthouse (mobile form factor, simulated Slow 4G and CPU throttling, Debian Chromium)

Median of ${LIGHTHOUSE_RUNS} runs per app, run alternately, on the home page
(\`${APP_HOME}\` for this app, \`${BARE_HOME}\` for the bare app).

${markdownTable(lhHeader, lhRows)}

The files are served with gzip (as a production web server would), from 127.0.0.1; Lighthouse simulates the
network. From the last run of each app:

${lhDetails.join('\n')}

## Headless Chromium, ${CPU_SLOWDOWN}× CPU slowdown (Chrome DevTools Protocol \`Emulation.setCPUThrottlingRate\`)

Phone viewport 390×844, fresh browser context (empty cache and storage) for every run, no network throttling
(files come from 127.0.0.1).

${markdownTable(browserHeader, browserRows)}

- FCP: \`first-contentful-paint\` from the Paint Timing API.
- Pre-check: the sample family from [docs/demo-story.md](demo-story.md) answers every question at full speed;
  then the CPU is slowed down and the time runs from the click on the last answer's button to the first frame
  with the result heading on screen.
- Engine: \`npm run bench:precheck\` (evaluations per CPU-second, so it does not drop when other processes
  share the machine).${engine.perWall ? ` Per wall-second in this run: ${engine.perWall.toLocaleString('en-US')}.` : ''}

## Targets

| target | source |
|---|---|
| weapp main package ≤ 2.0 × bare app | this report (the framework floor is ~0.3 MB) |
| whole weapp ≤ 1.2 MB, every subpackage ≤ 0.5 MB | this report; WeChat's hard limit is 2 MB per package |
| H5 initial JS+CSS ≤ 1.4 × bare app | this report |
| Lighthouse Performance ≥ bare app, LCP ≤ 1.1 × bare app | this report |

Run it again: \`npm run bench\` (about 4–6 minutes on 2 idle cores; \`-- --no-build\` reuses \`dist/\`).
`
writeFileSync('docs/performance.md', markdown)
await bare.dispose()
log(`docs/performance.md 已写入（共 ${totalSeconds} 秒）`)
