// npm run size: package sizes of both builds, printed as a table; fails when the weapp main package or
// any subpackage is over budget. Run after `npm run build`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 1.5 * 1024 * 1024
const WEAPP = 'dist/weapp'
const H5 = 'dist/h5'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const pad = (text, width) => {
  const s = String(text)
  // Chinese characters take two columns in a terminal.
  const w = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return s + ' '.repeat(Math.max(0, width - w))
}

function files(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...files(path))
    else out.push(path)
  }
  return out
}

/** Files that are not uploaded as part of the mini-program package. */
const notPackaged = (path) => path.endsWith('project.config.json') || path.endsWith('.map')

export function weappSizes(root = WEAPP) {
  const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const sizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 }
  for (const file of files(root)) {
    if (notPackaged(file)) continue
    const rel = relative(root, file)
    const bytes = statSync(file).size
    sizes.total += bytes
    const owner = roots.find((r) => rel === r || rel.startsWith(r + '/'))
    if (owner) sizes.subpackages[owner] += bytes
    else sizes.main += bytes
  }
  return sizes
}

export function h5Sizes(root = H5) {
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?((?:js|css)\/[^"]+)"/g)].map((m) => m[1])
  const gz = (rel) => gzipSync(readFileSync(join(root, rel)), { level: 9 }).length
  const initialGzip = initial.reduce((n, rel) => n + gz(rel), 0)
  const appJs = initial.find((f) => /js\/app\./.test(f))
  const appSource = appJs ? readFileSync(join(root, appJs), 'utf8') : ''
  const jsFiles = readdirSync(join(root, 'js'))
  const cssFiles = existsSync(join(root, 'css')) ? readdirSync(join(root, 'css')) : []
  // The runtime maps chunk ids to content hashes ({"46":"94f6c17e",…}); a chunk's files carry its hash.
  const hashMaps = [...appSource.matchAll(/\{("\d+":"[0-9a-f]{8}",?)+\}/g)].map((m) => JSON.parse(m[0]))
  const filesOfChunk = (id) => {
    const hashes = hashMaps.map((map) => map[id]).filter(Boolean)
    return [
      ...jsFiles.filter((f) => f.endsWith('.js') && hashes.some((h) => f.endsWith(`.${h}.js`))).map((f) => `js/${f}`),
      ...cssFiles
        .filter((f) => f.endsWith('.css') && hashes.some((h) => f.endsWith(`.${h}.css`)))
        .map((f) => `css/${f}`),
    ]
  }
  const routes = []
  for (const m of appSource.matchAll(
    /"path":"([^"]+)","load":function load\([^)]*\)\{return\[(.*?)\.then\([a-z]+\.bind/g,
  )) {
    const ids = [...m[2].matchAll(/\.e\((\d+)\)/g)].map((x) => x[1])
    const chunkFiles = [...new Set(ids.flatMap(filesOfChunk))]
    routes.push({ route: m[1], gzip: chunkFiles.reduce((n, rel) => n + gz(rel), 0), files: chunkFiles })
  }
  // Chunks loaded by two or more routes are downloaded once; report them on their own line.
  const useCount = new Map()
  for (const r of routes) for (const f of r.files) useCount.set(f, (useCount.get(f) ?? 0) + 1)
  const sharedFiles = [...useCount].filter(([, n]) => n > 1).map(([f]) => f)
  for (const r of routes) {
    r.ownGzip = r.files.filter((f) => !sharedFiles.includes(f)).reduce((n, rel) => n + gz(rel), 0)
    r.gzip = r.files.reduce((n, rel) => n + gz(rel), 0)
  }
  const sharedGzip = sharedFiles.reduce((n, rel) => n + gz(rel), 0)
  // Per named shared chunk (route-shared, policy-library, …): "js/route-shared.1a2b3c4d.js" → route-shared.
  const sharedByChunk = {}
  for (const rel of sharedFiles) {
    const name = rel.split('/').pop().split('.')[0]
    sharedByChunk[name] = (sharedByChunk[name] ?? 0) + gz(rel)
  }
  return { sharedGzip, sharedByChunk, initialGzip, initialFiles: initial, routes }
}

function main() {
  if (!existsSync(join(WEAPP, 'app.json')) || !existsSync(join(H5, 'index.html'))) {
    console.error('找不到构建产物：请先运行 npm run build（dist/weapp 和 dist/h5）。')
    process.exit(2)
  }
  const w = weappSizes()
  const h = h5Sizes()
  const failures = []
  const rows = [['微信小程序', '大小', '预算']]
  const check = (name, bytes) => {
    const over = bytes > BUDGET_BYTES
    if (over) failures.push(`${name} ${kb(bytes)} 超过预算 ${kb(BUDGET_BYTES)}`)
    rows.push([name, kb(bytes), over ? '✘ 超出 1.5 MB' : '✔ ≤ 1.5 MB'])
  }
  check('主包', w.main)
  for (const [root, bytes] of Object.entries(w.subpackages)) check(`分包 ${root}`, bytes)
  rows.push(['合计', kb(w.total), ''])
  console.log('')
  for (const r of rows) console.log(`${pad(r[0], 40)}${pad(r[1], 12)}${r[2]}`)
  console.log('')
  console.log(`${pad('H5（gzip）', 40)}${pad('本路由专有', 12)}打开时共需`)
  console.log(`${pad('首次加载 JS+CSS（所有页面都要）', 40)}${kb(h.initialGzip)}`)
  for (const r of h.routes) console.log(`${pad(`路由 ${r.route}`, 40)}${pad(kb(r.ownGzip), 12)}${kb(r.gzip)}`)
  console.log(`${pad('几个路由共用的分块（各只下载一次）', 40)}${kb(h.sharedGzip)}`)
  console.log('')
  if (h.routes.length === 0) failures.push('没能从 H5 产物中读出路由分块（app.js 的路由表格式变了？）')
  if (failures.length) {
    for (const f of failures) console.error(`✘ ${f}`)
    process.exit(1)
  }
  console.log('✔ 包体积在预算内')
}

if (import.meta.url === `file://${process.argv[1]}`) main()
