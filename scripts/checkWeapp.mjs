// Structural checks on the weapp build (there is no WeChat simulator on CI machines):
// - app.json lists the tab pages (all in the main package) and at least one subpackage;
// - every page has its .js, .wxml, .json and .wxss;
// - the templates carry aria-role and aria-label (declared through @tarojs/plugin-inject);
// - no source maps are shipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = process.argv[2] ?? 'dist/weapp'
const problems = []

export function checkWeapp(dir) {
  const found = []
  const appJsonPath = join(dir, 'app.json')
  if (!existsSync(appJsonPath)) return [`${appJsonPath} 不存在：先运行 npm run build:weapp`]
  const app = JSON.parse(readFileSync(appJsonPath, 'utf8'))
  const mainPages = app.pages ?? []
  const subPackages = app.subPackages ?? app.subpackages ?? []
  const tabPages = (app.tabBar?.list ?? []).map((t) => t.pagePath)

  if (tabPages.length < 2) found.push('app.json 没有 tabBar 或少于 2 个标签页')
  for (const tab of tabPages) if (!mainPages.includes(tab)) found.push(`标签页 ${tab} 不在主包里`)
  if (subPackages.length < 1) found.push('app.json 没有分包（subPackages）')
  const roots = subPackages.map((s) => s.root)
  const repeated = roots.filter((r, i) => roots.indexOf(r) !== i)
  if (repeated.length) found.push(`分包重复声明：${[...new Set(repeated)].join('、')}`)
  const extraMain = mainPages.filter((p) => !tabPages.includes(p))
  if (extraMain.length) found.push(`主包里有非标签页：${extraMain.join('、')}（应放进分包）`)

  const allPages = [
    ...mainPages,
    ...subPackages.flatMap((s) => (s.pages ?? []).map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ]
  for (const page of allPages) {
    for (const ext of ['js', 'wxml', 'json', 'wxss']) {
      if (!existsSync(join(dir, `${page}.${ext}`))) found.push(`页面 ${page} 缺少 .${ext}`)
    }
  }

  const base = join(dir, 'base.wxml')
  if (!existsSync(base)) found.push('base.wxml 不存在')
  else {
    const wxml = readFileSync(base, 'utf8')
    for (const attr of ['aria-role', 'aria-label', 'aria-hidden', 'aria-checked', 'aria-live']) {
      if (!wxml.includes(`${attr}="`)) found.push(`base.wxml 没有 ${attr}（@tarojs/plugin-inject 配置丢了？）`)
    }
  }

  const walk = (d) =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]))
  const maps = walk(dir).filter((f) => f.endsWith('.map'))
  if (maps.length) found.push(`产物里有 source map：${maps.join('、')}`)
  return found
}

if (import.meta.url === `file://${process.argv[1]}`) {
  problems.push(...checkWeapp(root))
  if (problems.length) {
    for (const p of problems) console.error(`✘ ${p}`)
    process.exit(1)
  }
  console.log(`✔ ${root}：tabBar、分包、页面文件、无障碍属性都在`)
}
