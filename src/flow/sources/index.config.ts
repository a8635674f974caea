export default definePageConfig({
  navigationBarTitleText: '法规与来源',
})
