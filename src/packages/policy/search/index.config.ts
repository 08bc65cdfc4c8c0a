export default definePageConfig({
  navigationBarTitleText: '全文搜索',
})
