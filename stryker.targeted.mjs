// A targeted Stryker run: only the ranges that scripts/combineMutationReports.mjs `plan` wrote (changed lines and
// survivors), every mutant against every related test file. README "Mutation testing" says when to use it.
import fs from 'node:fs'
import base from './stryker.config.mjs'

const rangesFile = process.env.MUTATION_RANGES ?? 'reports/mutation/targeted-ranges.json'

export default {
  ...base,
  mutate: JSON.parse(fs.readFileSync(rangesFile, 'utf8')),
  incremental: false,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/targeted.json' },
  tempDirName: '.stryker-tmp-targeted',
  timeoutMS: 10000,
}
