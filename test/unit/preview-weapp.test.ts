import { spawnSync } from 'child_process'
import path from 'path'

const script = path.resolve(__dirname, '../../scripts/preview-weapp.mjs')

function run(env: Record<string, string>) {
  const base = { ...process.env }
  delete base.WEAPP_APPID
  delete base.WEAPP_PRIVATE_KEY_PATH
  return spawnSync(process.execPath, [script], { env: { ...base, ...env }, encoding: 'utf8' })
}

describe('npm run preview:weapp without credentials', () => {
  it('stops at once with exit code 2 and names both missing variables', () => {
    const result = run({})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('WEAPP_APPID')
    expect(result.stderr).toContain('WEAPP_PRIVATE_KEY_PATH')
    expect(result.stderr).toContain('小程序代码上传密钥')
    expect(result.stderr).toContain('IP 白名单')
  })

  it('names only the variable that is missing', () => {
    const result = run({ WEAPP_APPID: 'wx0000000000000000' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/needs WEAPP_PRIVATE_KEY_PATH \(not set\)/)
  })

  it('refuses a key path that does not exist', () => {
    const result = run({ WEAPP_APPID: 'wx0000000000000000', WEAPP_PRIVATE_KEY_PATH: '/nonexistent/private.key' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('does not exist')
  })
})
