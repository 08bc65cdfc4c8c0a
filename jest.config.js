/**
 * Two projects:
 * - unit: pure TypeScript (eligibility, validators, money, masking, workflow, storage, stores, mock backend)
 *   in the node environment. No Taro import is allowed there.
 * - components: React components against the real Taro H5 components in jsdom
 *   (config verified in ../shared/docs/setup-notes.md).
 */
const shared = {
  transform: { '^.+\\.(mjs|cjs|[jt]sx?)$': 'babel-jest' },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
  },
  setupFiles: ['<rootDir>/tests/setupEnv.js'],
}

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
      transformIgnorePatterns: [
        '/node_modules/(?!(@tarojs|@stencil|\\.pnpm|tslib|query-string|decode-uri-component|split-on-first|filter-obj|lodash-es|swiper|ssr-window|dom7|style-inject|nanoid)/)',
      ],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/support/taroShim.js',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '\\.(css|less|scss|sass|styl)$': '<rootDir>/tests/support/styleMock.js',
        ...shared.moduleNameMapper,
      },
      globals: {
        DEPRECATED_ADAPTER_COMPONENT: false,
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        ENABLE_MUTATION_OBSERVER: true,
      },
      setupFilesAfterEnv: ['@testing-library/jest-dom', '<rootDir>/tests/support/componentSetup.ts'],
    },
  ],
}
