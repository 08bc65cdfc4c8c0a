/** Errors every service port can return. Messages are plain Chinese, ready to show. */
export type ServiceErrorCode =
  | 'timeout'
  | 'network'
  | 'validation'
  | 'duplicate_active'
  | 'idempotency_conflict'
  | 'not_found'
  | 'illegal_transition'
  | 'server'

export interface ServiceError {
  code: ServiceErrorCode
  message: string
  /** For 'validation': which fields, with a message each (paths like 'members[1].idNumber'). */
  fieldErrors?: { path: string; message: string }[]
  /** For 'duplicate_active': the reference of the application that is still active. */
  existingReference?: string
}

export type ServiceResult<T> = { ok: true; value: T } | { ok: false; error: ServiceError }
