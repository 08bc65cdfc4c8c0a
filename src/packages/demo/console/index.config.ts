export default definePageConfig({ navigationBarTitleText: '演示控制台' })
