export default definePageConfig({ navigationBarTitleText: '预检结果' })
