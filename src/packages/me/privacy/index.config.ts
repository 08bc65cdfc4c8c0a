export default definePageConfig({ navigationBarTitleText: '个人信息处理规则' })
