export default definePageConfig({
  navigationBarTitleText: '资质向导'
})
