import type { DraftAnswers } from '@/domain/applicationDraft/draftAnswers'
import type { FieldErrors, FieldWarnings } from '../../model/applySteps'

/** What every step screen gets from ApplyFormScreen. Steps never read the store themselves. */
export interface StepProps {
  draftId: string
  answers: DraftAnswers
  update: (change: (answers: DraftAnswers) => DraftAnswers) => void
  errors: FieldErrors
  warnings: FieldWarnings
  /** YYYY-MM-DD */
  today: string
}
