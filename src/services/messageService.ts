/** Port: the message centre (我的 → 消息): one message per status change of this device's applications. */
import type { ApplicationStatus } from './progressService'
import type { ServiceResult } from './serviceErrors'

export interface StatusMessage {
  id: string
  reference: string
  at: string
  title: string
  body: string
  status: ApplicationStatus
  read: boolean
}

export interface MessageService {
  /** Newest first. */
  list(): Promise<ServiceResult<StatusMessage[]>>
  unreadCount(): Promise<ServiceResult<number>>
  /** Marks the given messages (or all, when ids is omitted) as read. */
  markRead(ids?: string[]): Promise<ServiceResult<{ unread: number }>>
}
