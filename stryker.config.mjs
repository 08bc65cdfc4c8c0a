// Mutation testing of the pure modules (security.md §4.6). Runs only the jest `unit` project.
// Run: npm run test:mutation (not part of npm test: it takes minutes). Score and date: README "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.unit.config.js',
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: label tables, valibot schemas, regular expressions) are run against every
  // related test file. With `ignoreStatic: true` Stryker ran them only against the tests that happened to cover
  // them per test, and reported mutants as survived that the suite kills (README "Mutation testing").
  ignoreStatic: false,
  mutate: [
    'src/features/apply/model/submitApplicationDraft.ts',
    'src/domain/validation/**/*.ts',
    'src/domain/masking.ts',
    'src/domain/money.ts',
    'src/domain/eligibility/**/*.ts',
    'src/lib/storage/**/*.ts',
    // Platform glue (Taro calls) is not unit-tested by design.
    '!src/lib/storage/taroBackend.ts',
    '!src/lib/storage/deviceStore.ts',
  ],
  ignorePatterns: ['.stryker-tmp*', 'dist', 'reports', 'coverage', 'test-results', '.temp', 'tests/e2e'],
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  timeoutMS: 20000,
  timeoutFactor: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
