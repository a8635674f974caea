export default definePageConfig({
  navigationBarTitleText: '评估结果',
  enableShareAppMessage: true,
})
