// Loaded only by jest.unit.config.js (the Stryker run): caps generated cases per property test (see propertyRuns.ts).
process.env.PROPERTY_RUNS_CAP = process.env.PROPERTY_RUNS_CAP || '100'
