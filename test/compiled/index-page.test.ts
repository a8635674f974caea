import { launch } from './harness'

describe('compiled WeChat output: index page (miniprogram-simulate, official wcc)', () => {
  it('renders the first page and start navigates to the wizard', async () => {
    const mp = launch()
    const page = await mp.loadPage('/pages/index/index')
    await page.waitForText('小程序资质向导')
    expect(page.text()).toContain('回答几个问题，告诉你的小程序需要备案、ICP 许可证还是 EDI 许可证')
    expect(page.text()).toContain('不登录、不联网，答案只保存在本机')
    expect(page.byId('start')).toBeDefined()

    const before = mp.setDataCalls.length
    expect(before).toBeGreaterThan(0)
    expect(mp.setDataCalls[0].bytes).toBeGreaterThan(0)

    page.tap('start')
    await page.waitFor(() => mp.wx.navigateTo.mock.calls.length > 0)
    expect(mp.wx.navigateTo).toHaveBeenCalledTimes(1)
    expect(mp.wx.navigateTo.mock.calls[0][0]).toEqual(expect.objectContaining({ url: expect.stringMatching(/^\/ask\/wizard\/index\?fresh=\w+$/) }))

    const wizard = await mp.followNavigation()
    expect(wizard.route).toBe('ask/wizard/index')
    await wizard.waitForText('第 1 / 7 步')
    expect(mp.pageStack.map((p) => p.route)).toEqual(['pages/index/index', 'ask/wizard/index'])
  })
})
