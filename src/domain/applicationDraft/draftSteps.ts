/** The steps of the application form, in order (stored with each draft so the user resumes where they were). */
export const STEP_IDS = [
  'notice',
  'programmes',
  'applicant',
  'household',
  'income',
  'materials',
  'consent',
  'review',
] as const
export type StepId = (typeof STEP_IDS)[number]

export const isStepId = (value: unknown): value is StepId =>
  typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value)
