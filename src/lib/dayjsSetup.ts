import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

/** Chinese month and weekday names everywhere dates are shown. */
export function setupDayjs(): void {
  dayjs.locale('zh-cn')
}
