// A bare Taro app (one page: a View and a Text) with this repository's locked versions, built in a temporary
// folder. It is the floor that `npm run bench` compares this app against: same Taro, React, webpack and
// output layout, nothing of ours.
import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const FILES = {
  'babel.config.js': `module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
`,
  'config/index.ts': `import { defineConfig } from '@tarojs/cli'

export default defineConfig<'webpack5'>({
  projectName: 'bare',
  date: '2026-11-26',
  designWidth: 375,
  deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: \`dist/\${process.env.TARO_ENV}\`,
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  logger: { quiet: true, stats: false },
  mini: { enableSourceMap: false },
  h5: {
    publicPath: './',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    enableSourceMap: false,
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: {
      ignoreOrder: true,
      filename: 'css/[name].[contenthash:8].css',
      chunkFilename: 'css/[name].[contenthash:8].css',
    },
  },
})
`,
  'src/app.ts': `import type { PropsWithChildren } from 'react'

function App({ children }: PropsWithChildren) {
  return children
}

export default App
`,
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'bare' },
})
`,
  'src/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: '首页' })
`,
  'src/pages/index/index.tsx': `import { View, Text } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>你好，世界</Text>
    </View>
  )
}
`,
  'src/index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <title>bare</title>
    <script>
      <%= htmlWebpackPlugin.options.script %>
    </script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`,
}

/** The bare app's only route. */
export const BARE_HOME = '/pages/index/index'

/**
 * Writes the bare app into a new temporary folder (node_modules is a symlink to this repository's) and builds
 * weapp and H5 with this repository's taro binary. Returns the folder and a `dispose` that removes it.
 */
export async function buildBareTaroApp({ repoRoot = process.cwd(), log = () => {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bare-taro-'))
  for (const [rel, text] of Object.entries(FILES)) {
    await mkdir(join(dir, rel, '..'), { recursive: true })
    await writeFile(join(dir, rel), text)
  }
  await symlink(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const taro = resolve(repoRoot, 'node_modules/.bin/taro')
  const times = {}
  for (const type of ['weapp', 'h5']) {
    log(`构建空白 Taro 应用（${type}）…`)
    const started = Date.now()
    const r = spawnSync(taro, ['build', '--type', type], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (r.status !== 0) {
      throw new Error(`bare ${type} build failed in ${dir}:\n${r.stdout}\n${r.stderr}`)
    }
    times[type] = Date.now() - started
  }
  return {
    dir,
    weappRoot: join(dir, 'dist/weapp'),
    h5Root: join(dir, 'dist/h5'),
    buildMs: times,
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
}
