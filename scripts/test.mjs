// npm test: every check, in order from fastest to slowest; stops at the first failure.
import { spawnSync } from 'node:child_process'

const stages = [
  ['生成内容 (政策文章、行政区划)', 'node', ['scripts/generateContent.mjs']],
  ['类型检查 (tsc)', 'npx', ['tsc', '--noEmit']],
  ['代码规范 (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['格式 (prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['单元与组件测试 (jest)', 'npx', ['jest', '--ci']],
  ['构建微信小程序', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
  ['构建 H5', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  ['小程序产物检查', 'node', ['scripts/checkWeapp.mjs']],
  ['包体积预算 (npm run size)', 'node', ['scripts/size.mjs']],
  ['浏览器端到端测试 (playwright)', 'npx', ['playwright', 'test']],
  ['Lighthouse 无障碍评分（首页）', 'node', ['scripts/lighthouse.mjs', '--min-accessibility', '100']],
]

const only = process.argv.slice(2)
const results = []
for (const [name, cmd, args, env] of stages) {
  if (only.length && !only.some((o) => name.includes(o))) continue
  const started = Date.now()
  console.log(`\n━━ ${name} ━━`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  results.push([name, r.status === 0, seconds])
  if (r.status !== 0) break
}

console.log('\n阶段            结果   用时')
for (const [name, ok, seconds] of results) console.log(`${ok ? '✔' : '✘'} ${name}  ${seconds}s`)
const passed = results.filter((r) => r[1]).length
const failed = results.length - passed
console.log(`\nstages: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 && results.length > 0 ? 0 : 1)
