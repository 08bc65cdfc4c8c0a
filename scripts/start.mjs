// npm start: production builds of both targets, then serve the H5 build on 127.0.0.1.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { serveStatic } from './serveStatic.mjs'

const port = Number(process.env.PORT ?? 10086)

console.log('> 生成政策文章和行政区划数据 …')
const content = spawnSync('node', ['scripts/generateContent.mjs'], { stdio: 'inherit' })
if (content.status !== 0) process.exit(content.status ?? 1)

for (const target of ['weapp', 'h5']) {
  console.log(`\n> 构建 ${target} …`)
  const result = spawnSync('npx', ['taro', 'build', '--type', target], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    console.error(`构建 ${target} 失败（退出码 ${result.status}）`)
    process.exit(result.status ?? 1)
  }
}

const { url } = await serveStatic({ root: 'dist/h5', port })
console.log('\n社会救助服务（演示版）已就绪')
console.log(`  H5（内置模拟后端）：${url}`)
console.log(
  `  微信小程序：用微信开发者工具打开 ${resolve('dist/weapp')}（或打开项目根目录，project.config.json 已指向它）`,
)
console.log('  按 Ctrl+C 停止')
