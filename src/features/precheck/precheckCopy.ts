/** Fixed wording of the pre-check that more than one screen uses. */
export const PRECHECK_NOTICE = '初步测算，仅供参考，以家庭经济状况核对和审核确认结果为准'
export const PRECHECK_DURATION = '约 2 分钟'
export const PRECHECK_PRIVACY = '不保存你的信息'
