/**
 * Public service contacts shown in the app. Only numbers that exist nationwide are listed: a Shanxi-specific
 * 民政 hotline could not be verified (../shared/docs/domain.md §10), so the app points people to 12345 and to
 * their 乡镇（街道）office, and says so.
 */
export interface ServiceContact {
  name: string
  number: string
  what: string
  note: string
}

export const SERVICE_HOTLINE: ServiceContact = {
  name: '12345 政务服务便民热线',
  number: '12345',
  what: '咨询社会救助政策、反映问题、投诉建议',
  note: '全国统一的政务服务热线，山西各市均可拨打。具体申请请到户籍所在地乡镇（街道）办理。',
}
