/**
 * Routes. Only the launch page and the tab pages live in the main package; every other page is in a
 * subpackage under src/packages/ (WeChat caps each package at 2 MB, our budget is far lower).
 */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/progress/index', 'pages/policy/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/me',
      pages: ['settings/index', 'about/index', 'messages/index', 'privacy/index', 'data/index'],
    },
    {
      root: 'packages/apply',
      pages: ['start/index', 'form/index', 'done/index'],
    },
    {
      root: 'packages/progress',
      pages: ['detail/index', 'query/index'],
    },
    {
      root: 'packages/demo',
      pages: ['console/index'],
    },
    {
      // Policy articles, 全文搜索 and the full content library (policies.json) live here, not in the main package.
      root: 'packages/policy',
      pages: ['article/index', 'search/index'],
    },
    {
      root: 'packages/precheck',
      pages: ['index/index', 'result/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '社会救助服务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/progress/index', text: '进度' },
      { pagePath: 'pages/policy/index', text: '政策' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
})
