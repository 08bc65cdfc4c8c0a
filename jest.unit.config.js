/**
 * The jest `unit` project alone, as a standalone config: for Stryker (stryker.config.mjs), which cannot select a
 * project. It also caps property-test runs (tests/support/mutationRunBudget.js) so every mutant runs quickly.
 */
const { projects } = require('./jest.config.js')

const { displayName: _displayName, ...unit } = projects.find((p) => p.displayName === 'unit')
module.exports = {
  ...unit,
  rootDir: __dirname,
  setupFiles: [...unit.setupFiles, '<rootDir>/tests/support/mutationRunBudget.js'],
}
