/** Wording for a member's disability or age condition. */
import type { Disability, DisabilityCategory, DisabilityGrade } from '../eligibilityInput'

const CATEGORY_LABELS: Readonly<Record<DisabilityCategory, string>> = {
  limb: '肢体',
  intellectual: '智力',
  mental: '精神',
  visual: '视力',
  hearing: '听力',
  speech: '言语',
  multiple: '多重',
}

const GRADE_LABELS: Readonly<Record<DisabilityGrade, string>> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' }

/** "肢体二级" */
export function disabilityLabel(disability: Disability): string {
  return `${CATEGORY_LABELS[disability.category]}${GRADE_LABELS[disability.grade]}`
}
