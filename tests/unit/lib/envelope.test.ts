import * as v from 'valibot'
import fc from 'fast-check'
import {
  decodeEnvelope,
  decodeParsed,
  encodeEnvelope,
  migrateData,
  readEnvelope,
  validateData,
  type EnvelopeSpec,
} from '@/lib/storage/envelope'

/** A made-up history to test the chain: v1 {name}, v2 {fullName}, v3 {fullName, tags[]}. */
const spec: EnvelopeSpec<{ fullName: string; tags: string[] }> = {
  schema: 'example',
  version: 3,
  migrations: {
    1: (d) => ({ fullName: (d as { name: string }).name }),
    2: (d) => ({ ...(d as object), tags: [] }),
  },
  dataSchema: v.object({ fullName: v.string(), tags: v.array(v.string()) }),
}
const NOW = new Date('2026-11-26T00:00:00.000Z')
const wrap = (version: number, data: unknown, schema = 'example') =>
  JSON.stringify({ schema, v: version, savedAt: NOW.toISOString(), data })

describe('decodeEnvelope', () => {
  it('migrates every historical version to the current shape, step by step', () => {
    expect(decodeEnvelope(spec, wrap(1, { name: '张三' }))).toEqual({
      ok: true,
      data: { fullName: '张三', tags: [] },
      fromVersion: 1,
      migrated: true,
      legacy: false,
    })
    expect(decodeEnvelope(spec, wrap(2, { fullName: '李四' }))).toMatchObject({
      ok: true,
      data: { fullName: '李四', tags: [] },
      fromVersion: 2,
    })
    expect(decodeEnvelope(spec, wrap(3, { fullName: '王五', tags: ['a'] }))).toMatchObject({
      ok: true,
      migrated: false,
    })
  })

  it('round-trips what it encodes', () => {
    const data = { fullName: '欧阳娜娜', tags: ['x'] }
    expect(decodeEnvelope(spec, encodeEnvelope(spec, data, NOW))).toMatchObject({ ok: true, data })
  })

  it('reads a zustand {state, version} value as an envelope of that version', () => {
    expect(decodeEnvelope(spec, JSON.stringify({ state: { name: '赵六' }, version: 1 }))).toMatchObject({
      ok: true,
      data: { fullName: '赵六', tags: [] },
      legacy: true,
    })
  })

  it.each([
    ['{oops', 'not_json'],
    ['42', 'not_an_envelope'],
    ['null', 'not_an_envelope'],
    [JSON.stringify({ schema: 'example', v: 0, savedAt: '', data: {} }), 'not_an_envelope'],
    [JSON.stringify({ schema: 'example', v: 1.5, savedAt: '', data: {} }), 'not_an_envelope'],
    [JSON.stringify({ schema: 'example', v: '1', savedAt: '', data: {} }), 'not_an_envelope'],
    [JSON.stringify({ schema: 'example', v: 1, data: {} }), 'not_an_envelope'],
    [JSON.stringify({ schema: '', v: 1, savedAt: '', data: {} }), 'not_an_envelope'],
    [wrap(3, {}, 'settings'), 'wrong_schema'],
    [wrap(4, { fullName: 'x', tags: [] }), 'unknown_version'],
    [wrap(1, null), 'migration_failed'],
    [wrap(3, { fullName: 1, tags: [] }), 'invalid_data'],
    [wrap(2, { fullName: ['x'] }), 'invalid_data'],
  ])('rejects %s as %s', (raw, reason) => {
    expect(decodeEnvelope(spec, raw)).toMatchObject({ ok: false, reason })
  })

  it('names the first invalid field', () => {
    const result = decodeEnvelope(spec, wrap(3, { fullName: 'x', tags: [1] }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.detail).toMatch(/^tags\.0: /)
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((j) => JSON.stringify(j)),
        ),
        (raw) => {
          const result = decodeEnvelope(spec, raw)
          if (result.ok) expect(v.is(spec.dataSchema, result.data)).toBe(true)
        },
      ),
    )
  })
})

describe('migrateData', () => {
  it('reports the version whose step is missing or throws', () => {
    expect(migrateData({}, 1, 3, { 1: (d) => d })).toEqual({ ok: false, failedAt: 2 })
    expect(
      migrateData({}, 1, 2, {
        1: () => {
          throw new Error('x')
        },
      }),
    ).toEqual({ ok: false, failedAt: 1 })
    expect(migrateData('same', 2, 2, {})).toEqual({ ok: true, data: 'same' })
  })
})

describe('envelope results in detail', () => {
  it.each([
    ['{oops', { reason: 'not_json', detail: 'the stored text is not JSON' }],
    ['{"a":1}', { reason: 'not_an_envelope', detail: 'no schema/v/data fields' }],
    [wrap(3, {}, 'settings'), { reason: 'wrong_schema', detail: 'expected example, found settings' }],
    [wrap(5, {}), { reason: 'unknown_version', detail: 'version 5 is newer than 3' }],
    [wrap(1, null), { reason: 'migration_failed', detail: 'migration from version 1 failed' }],
  ])('explains why %s is unreadable', (raw, expected) => {
    expect(decodeEnvelope(spec, raw)).toEqual({ ok: false, ...expected })
  })

  it('reports invalid data with only the reason and the issue, no version fields', () => {
    const result = decodeParsed(spec, { schema: 'example', v: 3, savedAt: '', data: { fullName: 'x', tags: [1] } })
    expect(result).toEqual({ ok: false, reason: 'invalid_data', detail: expect.stringMatching(/^tags\.0: \S/) })
  })

  it('names no path when the whole value has the wrong type', () => {
    const result = decodeEnvelope(spec, wrap(3, 'text'))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.detail).toMatch(/^Invalid type: Expected Object/)
    }
  })

  it('validateData reports current data as neither migrated nor legacy', () => {
    const data = { fullName: 'x', tags: [] }
    expect(validateData(spec, data)).toEqual({ ok: true, data, fromVersion: 3, migrated: false, legacy: false })
  })

  it('readEnvelope finds a real envelope, a zustand value, or nothing', () => {
    const envelope = { schema: 'example', v: 2, savedAt: NOW.toISOString(), data: { a: 1 } }
    expect(readEnvelope(envelope)).toEqual({ envelope, legacy: false })
    expect(readEnvelope({ state: { a: 1 }, version: 2 })).toEqual({
      envelope: { schema: '', v: 2, savedAt: '', data: { a: 1 } },
      legacy: true,
    })
    expect(readEnvelope({ a: 1 })).toBeNull()
    expect(readEnvelope({ state: {}, version: 0 })).toBeNull()
    expect(readEnvelope([])).toBeNull()
  })
})
