export default definePageConfig({
  navigationBarTitleText: '小程序资质向导'
})
