// Architecture is enforced here (see docs/architecture.md):
// - features never import each other; shared code never imports features or pages;
// - src/domain (eligibility, validation, money, masking, workflow) and mock/ are plain TS: no Taro, no React;
// - only src/services/serviceRegistry.ts knows that mock/ exists.
import { readdirSync, existsSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []

const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: '功能模块之间不能互相引用：把共用的部分移到 src/components、src/lib 或 src/domain。',
}))

const sharedZones = ['components', 'lib', 'services', 'stores', 'domain'].map((dir) => ({
  target: `./src/${dir}`,
  from: ['./src/features', './src/pages', './src/packages'],
  message: '共享代码不能引用功能模块或页面。',
}))

const pureRestrictions = {
  patterns: [
    { group: ['@tarojs/*'], message: '纯逻辑代码不能引用 Taro（要能在 node 环境下测试）。' },
    { group: ['react', 'react-dom', 'zustand', 'zustand/*'], message: '纯逻辑代码不能引用 React 或状态库。' },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      'test-results/**',
      '.temp/**',
      '.stryker-tmp*/**',
      'src/content/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, defineAppConfig: 'readonly', definePageConfig: 'readonly' },
    },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            ...sharedZones,
            {
              target: './src',
              from: './mock',
              except: [],
              message: '只有 src/services/serviceRegistry.ts 可以引用 mock/。',
            },
          ],
        },
      ],
    },
  },
  {
    // The adapter selection is the one place that may import the mock backend.
    files: ['src/services/serviceRegistry.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: [...sharedZones] }] },
  },
  {
    files: ['src/domain/**/*.ts', 'mock/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'tests/**/*.{js,ts,tsx}',
      'config/**/*.ts',
      '*.config.{js,mjs,ts}',
      'babel.config.js',
      'jest.config.js',
    ],
    rules: { 'no-console': 'off' },
  },
)
