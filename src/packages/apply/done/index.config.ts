export default definePageConfig({ navigationBarTitleText: '申请已提交' })
