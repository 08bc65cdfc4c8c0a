// Lighthouse (mobile form factor) on the built H5 app, with Debian Chromium.
//   node scripts/lighthouse.mjs [--route /pages/home/index] [--min-accessibility 100] [--categories accessibility,performance] [--runs 1] [--root dist/h5]
// Prints the scores; exits 1 when accessibility is below the minimum given.
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { serveStatic } from './serveStatic.mjs'

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export async function runLighthouse({
  url,
  categories = ['accessibility'],
  chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      formFactor: 'mobile',
      locale: 'zh',
    })
    const lhr = result.lhr
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
    )
    const metric = (id) => lhr.audits[id]?.numericValue
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`)
    return {
      scores,
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failed,
    }
  } finally {
    await chrome.kill()
  }
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const route = arg('route', '/pages/home/index')
  const min = Number(arg('min-accessibility', '0'))
  const categories = arg('categories', 'accessibility').split(',')
  const { server, url } = await serveStatic({ root: arg('root', 'dist/h5'), port: 0 })
  try {
    const r = await runLighthouse({ url: `${url}#${route}`, categories })
    console.log(
      `Lighthouse（移动端）${route}：${Object.entries(r.scores)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    )
    if (r.failed.length) console.log(`未通过的审核：\n  ${r.failed.join('\n  ')}`)
    if (min && (r.scores.accessibility ?? 0) < min) {
      console.error(`✘ 无障碍评分 ${r.scores.accessibility} 低于要求的 ${min}`)
      process.exitCode = 1
    } else if (min) {
      console.log(`✔ 无障碍评分 ${r.scores.accessibility} ≥ ${min}`)
    }
  } finally {
    server.close()
  }
}
