/**
 * How many generated cases a property test runs: the full number normally, at most PROPERTY_RUNS_CAP when that
 * environment variable is set. Only the mutation run sets it (tests/support/mutationRunBudget.js, loaded by
 * jest.unit.config.js): there every mutant re-runs its covering tests, and a smaller budget can only make the
 * suite weaker, so the measured mutation score is a lower bound for the full suite.
 */
export function propertyRuns(full: number): number {
  const cap = Number(process.env.PROPERTY_RUNS_CAP)
  return Number.isInteger(cap) && cap > 0 && cap < full ? cap : full
}
