import fc from 'fast-check'
import { daysLeft, draftExpiresAt, draftsToPurge, isDraftDue } from '@/domain/draftRetention'
import { DRAFT_RETENTION_DAYS } from '@/domain/privacyNotice'

const DAY = 24 * 60 * 60 * 1000
const edited = '2026-10-01T10:00:00.000Z'
const t = (iso: string) => new Date(iso)

describe('draft retention', () => {
  it('keeps the period at 30 days, as the processing rules say', () => {
    expect(DRAFT_RETENTION_DAYS).toBe(30)
  })

  it('purges exactly when 30 whole days have passed since the last edit', () => {
    const draft = { id: 'd', lastEditedAt: edited }
    expect(isDraftDue(draft, new Date(Date.parse(edited) + 30 * DAY - 1))).toBe(false)
    expect(isDraftDue(draft, new Date(Date.parse(edited) + 30 * DAY))).toBe(true)
    expect(isDraftDue(draft, new Date(Date.parse(edited) + 31 * DAY))).toBe(true)
    expect(draftExpiresAt(edited)?.toISOString()).toBe('2026-10-31T10:00:00.000Z')
  })

  it('picks the expired drafts among several, in order', () => {
    const drafts = [
      { id: 'old', lastEditedAt: '2026-09-01T00:00:00.000Z' },
      { id: 'new', lastEditedAt: '2026-11-20T00:00:00.000Z' },
      { id: 'broken', lastEditedAt: 'yesterday' },
      { id: 'future', lastEditedAt: '2027-01-01T00:00:00.000Z' },
      { id: 'skew', lastEditedAt: '2026-11-26T12:00:00.000Z' },
    ]
    expect(draftsToPurge(drafts, t('2026-11-26T00:00:00.000Z'))).toEqual(['old', 'broken', 'future'])
    expect(draftsToPurge([], t('2026-11-26T00:00:00.000Z'))).toEqual([])
  })

  it('treats exactly one day ahead as clock skew, and more as broken', () => {
    const now = t('2026-11-26T00:00:00.000Z')
    expect(isDraftDue({ id: 'a', lastEditedAt: '2026-11-27T00:00:00.000Z' }, now)).toBe(false)
    expect(isDraftDue({ id: 'a', lastEditedAt: '2026-11-27T00:00:00.001Z' }, now)).toBe(true)
  })

  it('honours another retention period', () => {
    expect(draftsToPurge([{ id: 'a', lastEditedAt: edited }], new Date(Date.parse(edited) + 7 * DAY), 7)).toEqual(['a'])
  })

  it('counts whole days left', () => {
    expect(daysLeft(edited, t(edited))).toBe(30)
    expect(daysLeft(edited, new Date(Date.parse(edited) + 29 * DAY + 1))).toBe(0)
    expect(daysLeft(edited, new Date(Date.parse(edited) + 40 * DAY))).toBe(0)
    expect(daysLeft('nonsense', t(edited))).toBe(0)
  })

  it('a draft edited within the period is never purged; one beyond it always is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (editedMs, age) => {
          const draft = { id: 'x', lastEditedAt: new Date(editedMs).toISOString() }
          const now = new Date(editedMs + age)
          expect(isDraftDue(draft, now)).toBe(age >= DRAFT_RETENTION_DAYS * DAY)
          expect(draftsToPurge([draft], now).length).toBe(age >= DRAFT_RETENTION_DAYS * DAY ? 1 : 0)
        },
      ),
    )
  })
})
