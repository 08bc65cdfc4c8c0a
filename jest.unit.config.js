/** The jest `unit` project alone, as a standalone config: for Stryker (stryker.config.mjs), which cannot select a project. */
const { projects } = require('./jest.config.js')

const { displayName: _displayName, ...unit } = projects.find((p) => p.displayName === 'unit')
module.exports = { ...unit, rootDir: __dirname }
