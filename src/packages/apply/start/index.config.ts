export default definePageConfig({ navigationBarTitleText: '救助申请' })
