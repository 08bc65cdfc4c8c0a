/** The server's eligibility re-check: the payload mapped onto the eligibility module's input, evaluated as-is. */
import { precheck } from '@/domain/eligibility/precheck'
import { bundledShanxiParams } from '@/domain/eligibility/params/bundledParams'
import type { ApplicationPayload } from '@/services/applicationPayload'
import type { EligibilityRecheck } from '@/services/eligibilityService'
import type { Programme } from '@/domain/workflow/types'

export function recheckEligibility(payload: ApplicationPayload, today: string): EligibilityRecheck {
  const input = {
    asOf: today,
    region: { code: payload.applicant.region.countyCode, area: payload.applicant.area },
    members: payload.members.map((m) => ({
      id: m.id,
      relation: m.relation,
      birthDate: m.birthDate,
      livesTogether: m.livesTogether,
      student: m.student,
      disability: m.disability,
      seriousIllness: m.seriousIllness,
      excluded: m.excluded,
      incomeMonthlyFen: { ...m.incomeMonthlyFen },
    })),
    supporters: null,
    assetsDeclared: payload.assets.meetsLocalRules,
    rigidSpendingAnnualFen: payload.rigidSpendingAnnualFen,
    emergency: payload.emergency ? { type: payload.emergency.type, date: payload.emergency.date } : null,
  }
  const result = precheck(input, bundledShanxiParams)
  if (!result.ok) return { available: false, paramsVersion: null, programs: [] }
  return {
    available: true,
    paramsVersion: result.value.paramsVersion,
    programs: result.value.programs.map((p) => ({
      program: p.program,
      status: p.status,
      estimatedMonthlyFen: p.estimatedMonthlyFen,
    })),
  }
}

/** The estimate that prefills the 审核确认 amount of a case (monthly programmes only). */
export function estimateFor(recheck: EligibilityRecheck, programme: Programme): number | null {
  const wanted = programme === 'dibao' ? ['dibao', 'dibao_single'] : programme === 'tekun' ? ['tekun'] : []
  const hit = recheck.programs.find((p) => wanted.includes(p.program) && p.estimatedMonthlyFen !== null)
  return hit?.estimatedMonthlyFen ?? null
}
