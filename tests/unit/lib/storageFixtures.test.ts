/**
 * Every stored schema has a fixture for every historical version (tests/fixtures/storage/), each of which
 * migrates to the current version and validates; fuzzed variants of them either load or are rejected with a
 * reason, never a throw. Add new stores to REGISTRY.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import * as v from 'valibot'
import { decodeEnvelope, type EnvelopeSpec } from '@/lib/storage/envelope'
import { settingsEnvelopeSpec } from '@/stores/settingsStore'
import { consentEnvelopeSpec } from '@/stores/consentStore'
import { draftEnvelopeSpec } from '@/stores/applicationDraftStore'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import { createPersistStorage } from '@/lib/storage/persistStorage'
import { listQuarantined, readQuarantinedRaw } from '@/lib/storage/quarantine'
import { propertyRuns } from '../../support/propertyRuns'

jest.mock('@/lib/storage/taroBackend', () => ({
  taroBackend: jest.requireActual('@/lib/storage/keyValueStore').createMemoryBackend(),
}))

const REGISTRY: EnvelopeSpec<unknown>[] = [
  settingsEnvelopeSpec as EnvelopeSpec<unknown>,
  consentEnvelopeSpec as EnvelopeSpec<unknown>,
  draftEnvelopeSpec as EnvelopeSpec<unknown>,
]

const DIR = join(__dirname, '../../fixtures/storage')
const FIXTURE_NAME = /^([a-zA-Z]+)\.v(\d+)(?:\.[a-z-]+)?\.json$/
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const match = FIXTURE_NAME.exec(file)
    if (!match) throw new Error(`fixture name ${file} does not follow <schema>.v<n>[.<variant>].json`)
    return { file, schema: match[1], version: Number(match[2]), raw: readFileSync(join(DIR, file), 'utf8') }
  })

describe('storage fixtures', () => {
  it.each(REGISTRY.map((s) => [s.schema, s]))('%s has a fixture for every version', (_name, spec) => {
    const have = new Set(fixtures.filter((f) => f.schema === spec.schema).map((f) => f.version))
    for (let version = 1; version <= spec.version; version++) expect(have).toContain(version)
  })

  it.each(fixtures.map((f) => [f.file, f]))('%s migrates to the current version and validates', (_file, fixture) => {
    const spec = REGISTRY.find((s) => s.schema === fixture.schema)
    expect(spec).toBeDefined()
    const result = decodeEnvelope(spec as EnvelopeSpec<unknown>, fixture.raw)
    expect(result).toMatchObject({ ok: true, fromVersion: fixture.version })
    if (result.ok) expect(v.is((spec as EnvelopeSpec<unknown>).dataSchema, result.data)).toBe(true)
  })

  /** Drop a field, change a type, truncate the text: load or quarantine with the raw text kept, never throw. */
  const mutated = fc.oneof(
    fc.record({ f: fc.constantFrom(...fixtures), cut: fc.nat() }).map(({ f, cut }) => ({
      f,
      raw: f.raw.slice(0, cut % Math.max(1, f.raw.length)),
    })),
    fc
      .record({
        f: fc.constantFrom(...fixtures),
        path: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
      })
      .map(({ f, path, value }) => {
        const doc = JSON.parse(f.raw) as unknown
        let node = doc as Record<string, unknown>
        for (let i = 0; i < path.length; i++) {
          if (typeof node !== 'object' || node === null) break
          const keys = Object.keys(node)
          if (keys.length === 0) break
          const key = keys[path[i] % keys.length]
          if (i === path.length - 1 || typeof node[key] !== 'object' || node[key] === null) {
            if (value === undefined) delete node[key]
            else node[key] = value
            break
          }
          node = node[key] as Record<string, unknown>
        }
        return { f, raw: JSON.stringify(doc) }
      }),
  )

  it('loads or quarantines any mutated fixture, keeping the raw text', () => {
    fc.assert(
      fc.property(mutated, ({ f, raw }) => {
        const spec = REGISTRY.find((s) => s.schema === f.schema) as EnvelopeSpec<unknown>
        const result = decodeEnvelope(spec, raw)
        if (result.ok) expect(v.is(spec.dataSchema, result.data)).toBe(true)
        else expect(result.reason).toMatch(/^[a-z_]+$/)

        const store = createKeyValueStore(createMemoryBackend({ [`jxj:${spec.schema}`]: raw }))
        const persisted = createPersistStorage(store).getItem(spec.schema)
        if (raw === '') {
          // Storage reports an empty value as "nothing stored": nothing to keep.
          expect(persisted).toBeNull()
          expect(listQuarantined(store)).toEqual([])
        } else if (persisted === null) {
          const [entry] = listQuarantined(store)
          expect(readQuarantinedRaw(store, entry.storageKey)).toBe(raw)
        }
      }),
      { numRuns: propertyRuns(300) },
    )
  })
})
