export default definePageConfig({ navigationBarTitleText: '关于本服务' })
