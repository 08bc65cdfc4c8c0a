/**
 * Checksum-valid ID numbers for clearly fictional demo people (张某某 …). The numbers are generated, not
 * copied from anyone: a Shanxi county code, a birth date and a sequence, then the GB 11643 check character.
 */
import { computeCheckDigit } from '@/domain/validation/idNumber'

export function fakeIdNumber(countyCode: string, birthDate: string, sequence: number, female: boolean): string {
  let seq = Math.abs(Math.trunc(sequence)) % 1000
  if ((seq % 2 === 0) !== female) seq = (seq + 1) % 1000
  const body = `${countyCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return body + computeCheckDigit(body)
}
