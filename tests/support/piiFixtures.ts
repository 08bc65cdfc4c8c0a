/**
 * Fixture personal data for privacy regression tests (security.md §4.7): the GB 11643 example ID and a
 * well-known test phone number, both published test data, not real people.
 */
export const FIXTURE_ID = '11010519491231002X'
export const FIXTURE_PHONE = '13800138000'
export const FIXTURE_NAME = '欧阳娜娜'

/** An 18-character ID number or an 11-digit mainland mobile, not part of a longer digit run. */
export const ID_PATTERN = /(?<![0-9])\d{17}[\dXx](?![0-9])/
export const PHONE_PATTERN = /(?<![0-9])1[3-9]\d{9}(?![0-9])/

export function findPii(text: string): string[] {
  const found: string[] = []
  const id = ID_PATTERN.exec(text)
  if (id) found.push(id[0])
  const phone = PHONE_PATTERN.exec(text)
  if (phone) found.push(phone[0])
  return found
}

/** A stored application draft as the apply branch stores it (envelope around zustand state). */
export function storedDraftsFixture(lastEditedAt: string): string {
  return JSON.stringify({
    schema: 'applicationDrafts',
    v: 1,
    savedAt: lastEditedAt,
    data: {
      drafts: {
        d1: {
          id: 'd1',
          updatedAt: lastEditedAt,
          answers: { applicant: { name: FIXTURE_NAME, idNumber: FIXTURE_ID, phone: FIXTURE_PHONE } },
        },
      },
      activeDraftId: 'd1',
      receipts: [],
    },
  })
}
