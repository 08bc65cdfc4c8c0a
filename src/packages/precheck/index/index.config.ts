export default definePageConfig({ navigationBarTitleText: '资格预检' })
