export default definePageConfig({ navigationBarTitleText: '按受理编号查询' })
