/**
 * Nothing saved is ever lost (issue 21), on the real H5 storage in Chromium:
 *   - a localStorage.getItem that throws (Taro's H5 getStorageSync would return '' for it);
 *   - two pages of one browser context saving and deleting;
 *   - a state written by another version (version 0, 55 entries, fields this version does not
 *     know): nothing written at start-up, home counts what the history page shows;
 *   - a link with a fresh-start token; reloading a result; entries sharing an id or a name;
 *   - share links with an empty or repeated `sv`.
 * Each reads localStorage itself (through the browser's own getItem, never the app's).
 */
import type { BrowserContext, Page } from 'playwright-core'
import type { Profile } from '../../src/domain/contract/types'
import { STORAGE_KEY, STORAGE_NOTICES } from '../../src/store/messages'
import { example } from '../fixtures/profiles'
import { BLANK_PATH } from './server'
import { byId, screenText, walk } from './walk'

export interface StorageHarness {
  context: BrowserContext
  origin: string
  /** A new page of the context on the app's origin, localStorage and sessionStorage empty. */
  freshPage(): Promise<Page>
  shotsDir: string
}

const WAIT = 10_000

/** Make localStorage.getItem / setItem of the app's key throw while sessionStorage `__fail` says so (survives reloads). */
async function patchStorage(page: Page): Promise<void> {
  // Plain text, not a function: tsx (esbuild keepNames) would wrap inner functions in a __name() the page lacks.
  await page.addInitScript({
    content: `(() => {
      const key = ${JSON.stringify(STORAGE_KEY)}
      const get = Storage.prototype.getItem
      const set = Storage.prototype.setItem
      const flags = () => { try { return JSON.parse(get.call(sessionStorage, '__fail') || '{}') } catch (e) { return {} } }
      Storage.prototype.getItem = function (k) {
        if (this === localStorage && k === key && flags().get === true) throw new DOMException('The operation is insecure.', 'SecurityError')
        return get.call(this, k)
      }
      Storage.prototype.setItem = function (k, v) {
        if (this === localStorage && k === key && flags().set === true) throw new DOMException('Quota exceeded', 'QuotaExceededError')
        return set.call(this, k, v)
      }
    })()`,
  })
}

const setFail = (page: Page, flags: { get?: boolean; set?: boolean }) =>
  page.evaluate((f) => sessionStorage.setItem('__fail', JSON.stringify(f)), flags)

/** The stored text of the app's key (Taro's H5 envelope unwrapped), read with the browser's own getItem. */
async function stored(page: Page): Promise<string | null> {
  // The named property reads storage without Storage.prototype.getItem (which a test may patch to throw).
  const raw = await page.evaluate((key) => (key in localStorage ? (localStorage as unknown as Record<string, string>)[key] : null), STORAGE_KEY)
  if (raw === null) return null
  return (JSON.parse(raw) as { data: string }).data
}

async function seed(page: Page, state: unknown): Promise<string> {
  const text = JSON.stringify(state)
  await page.evaluate(([key, t]) => localStorage.setItem(key, JSON.stringify({ data: t })), [STORAGE_KEY, text] as const)
  return text
}

const historyOf = (text: string | null): Array<Record<string, unknown>> =>
  text === null ? [] : ((JSON.parse(text) as { state: { history?: Array<Record<string, unknown>> } }).state.history ?? [])

const entry = (id: string, profile: Profile, savedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  savedAt,
  profile,
  rulesetVersion: '2026.11.0',
  headline: '需要：ICP 备案',
  statuses: { icpFiling: 'required' },
  ...extra,
})
const day = (i: number) => new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString()

async function waitShown(page: Page, id: string): Promise<boolean> {
  try {
    await byId(page, id).first().waitFor({ state: 'visible', timeout: WAIT })
    return true
  } catch {
    return false
  }
}

/** Open a page of the app by its url, as a new load (a bare hash change would be the app's own back/forward). */
const go = async (page: Page, origin: string, hash: string) => {
  await page.goto(`${origin}${BLANK_PATH}`)
  await page.goto(`${origin}/#${hash}`)
}

/** Rows of the history page (shown and unshown entries). */
const historyRows = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[id^="history-"]')).filter((el) => /^history-(?!undo|empty)/.test(el.id) && el.checkVisibility()).map((el) => el.id))

export type StorageTest = { name: string; body: (h: StorageHarness, notes: string[]) => Promise<string[]> }

export const STORAGE_TESTS: StorageTest[] = [
  {
    name: 'storage: localStorage.getItem throwing writes nothing over five saved results; notice on home and wizard; 重试读取 brings them back',
    body: async (h) => {
      const page = await h.freshPage()
      const problems: string[] = []
      const profile = example(2).profile
      const good = await seed(page, { version: 1, state: { answers: {}, step: 0, history: [0, 1, 2, 3, 4].map((i) => entry(`s${i}`, profile, day(i))) } })
      await patchStorage(page)
      await setFail(page, { get: true })
      await page.goto(`${h.origin}/`)
      if (!(await waitShown(page, 'start'))) return [`home did not show #start: ${await screenText(page)}`]
      const homeNotice = (await byId(page, 'storage-notice').count()) > 0 ? await screenText(page) : ''
      if (!homeNotice.includes(STORAGE_NOTICES.readFailed.slice(0, 12))) problems.push(`home shows no read-failed notice; it shows: ${await screenText(page)}`)
      await byId(page, 'start').first().click()
      if (!(await waitShown(page, 'opt-platforms-wechat'))) return [...problems, `start did not open the wizard: ${await screenText(page)}`]
      if (!(await waitShown(page, 'storage-retry'))) problems.push(`the wizard offers no 重试读取 while the read fails; it shows: ${await screenText(page)}`)
      await byId(page, 'opt-platforms-wechat').first().click()
      await page.waitForTimeout(300)
      const after = await stored(page)
      if (after !== good) problems.push(`the saved results were written over after a failed read: now ${String(after).slice(0, 160)}`)
      // The storage recovers; the user taps 重试读取: the five results are back and saving resumes.
      await setFail(page, { get: false })
      if ((await byId(page, 'storage-retry').count()) > 0) {
        await byId(page, 'storage-retry').first().click()
        await page.waitForTimeout(300)
        if ((await byId(page, 'storage-notice').count()) > 0) problems.push(`after 重试读取 the notice stays: ${await screenText(page)}`)
        await byId(page, 'opt-platforms-alipay').first().click()
        await page.waitForTimeout(300)
        const resumed = await stored(page)
        const ids = historyOf(resumed).map((e) => e.id)
        if (ids.join(',') !== 's0,s1,s2,s3,s4') problems.push(`after 重试读取 and a tap, the stored history is [${ids.join(',')}], not the five saved`)
        if (resumed === good) problems.push('after 重试读取, a tap still saved nothing')
      }
      await page.close()
      return problems
    },
  },
  {
    name: 'storage: two pages — a result saved in one survives the other’s next write; a delete in one stays deleted',
    body: async (h) => {
      const a = await h.freshPage()
      const b = await h.freshPage()
      const problems: string[] = []
      await a.goto(`${h.origin}/`)
      await waitShown(a, 'start')
      await byId(a, 'start').first().click()
      if (!(await waitShown(a, 'opt-platforms-wechat'))) return [`page A: no wizard: ${await screenText(a)}`]
      await walk(b, h.origin, example(2).profile, { shotsDir: `${h.shotsDir}/two-pages-b` })
      await b.waitForTimeout(300)
      const saved = historyOf(await stored(b))
      if (saved.length !== 1) return [`page B: expected one saved result, found ${saved.length}`]
      await byId(a, 'opt-platforms-wechat').first().click()
      await a.waitForTimeout(300)
      const afterA = historyOf(await stored(a)).map((e) => e.id)
      if (!afterA.includes(saved[0].id as string)) problems.push(`page A's next write deleted page B's saved result (stored history now [${afterA.join(',')}])`)
      // B deletes it on its history page; A's next write must not bring it back.
      await byId(b, 'open-history').first().click()
      if (await waitShown(b, `delete-${String(saved[0].id)}`)) {
        await byId(b, `delete-${String(saved[0].id)}`).first().click()
        await b.waitForTimeout(300)
        await byId(a, 'opt-platforms-alipay').first().click()
        await a.waitForTimeout(300)
        const afterDelete = historyOf(await stored(a)).map((e) => e.id)
        if (afterDelete.length !== 0) problems.push(`deleted in page B, brought back by page A's write: [${afterDelete.join(',')}]`)
      } else problems.push(`page B: history shows no delete-${String(saved[0].id)}: ${await screenText(b)}`)
      await a.close()
      await b.close()
      return problems
    },
  },
  {
    name: 'storage: another version’s state (v0, 55 entries, unknown fields) — nothing written at start-up; home counts what history shows; resume on the saved step; a write keeps every entry',
    body: async (h, notes) => {
      const page = await h.freshPage()
      const problems: string[] = []
      const profile = example(2).profile
      const history: Array<Record<string, unknown>> = Array.from({ length: 55 }, (_, i) => entry(`v${i}`, profile, day(i)))
      history[1] = { ...history[1], origin: { app: 'v3' } } // a field this version does not know
      history[2] = { ...history[2], profile: { ...profile, newAnswer: 'x' } } // a profile this version cannot read
      const text = await seed(page, { version: 0, state: { answers: { platforms: ['wechat'], operatorType: 'company' }, step: 2, history } })
      await page.goto(`${h.origin}/`)
      await waitShown(page, 'open-history')
      const count = (await byId(page, 'open-history').first().textContent()) ?? ''
      const m = /（(\d+)）/.exec(count)
      if ((await stored(page)) !== text) problems.push('home wrote to storage at start-up')
      if (!(await waitShown(page, 'continue'))) return [...problems, `home offers no 继续上次的评估: ${await screenText(page)}`]
      await byId(page, 'continue').first().click()
      await waitShown(page, 'wizard-next')
      await page.waitForTimeout(300)
      const progress = (await byId(page, 'wizard-progress').first().textContent()) ?? ''
      if (!/第 3 \//.test(progress)) problems.push(`继续上次的评估 opened "${progress.trim()}", not step 3 where the user left`)
      if ((await stored(page)) !== text) problems.push('opening the wizard wrote to storage (start-up migrate)')
      await go(page, h.origin, '/flow/history/index')
      await page.waitForTimeout(800)
      const rows = await historyRows(page)
      notes.push(`home: "${count.trim()}"; history rows: ${rows.length}`)
      if (m === null || Number(m[1]) !== rows.length) problems.push(`home says "${count.trim()}", the history page shows ${rows.length} rows`)
      if ((await stored(page)) !== text) problems.push('opening the history wrote to storage')
      // One write (an answer): every entry is kept, with the fields this version does not know.
      await go(page, h.origin, '/ask/wizard/index')
      await waitShown(page, 'wizard-next')
      await byId(page, 'wizard-back').first().click()
      await byId(page, 'wizard-back').first().click()
      if (await waitShown(page, 'opt-platforms-alipay')) await byId(page, 'opt-platforms-alipay').first().click()
      await page.waitForTimeout(300)
      const written = historyOf(await stored(page))
      if (written.length !== 55) problems.push(`after one answer the stored history has ${written.length} entries, not 55`)
      if (JSON.stringify(written.find((e) => e.id === 'v1')?.origin) !== JSON.stringify({ app: 'v3' })) problems.push('an entry lost a field this version does not know')
      if (JSON.stringify(written.find((e) => e.id === 'v2')) !== JSON.stringify(history[2])) problems.push('an entry this version cannot read was not kept as it was')
      await page.close()
      return problems
    },
  },
  {
    name: 'storage: a link with a fresh-start token does not clear unfinished answers without asking',
    body: async (h) => {
      const page = await h.freshPage()
      const problems: string[] = []
      const text = await seed(page, { version: 1, state: { answers: { platforms: ['wechat'], operatorType: 'company' }, step: 2, history: [] } })
      await go(page, h.origin, '/ask/wizard/index?fresh=zzlink')
      await waitShown(page, 'wizard-next')
      await page.waitForTimeout(500)
      const now = await stored(page)
      if (now !== null && now !== text && JSON.stringify((JSON.parse(now) as { state: { answers: unknown } }).state.answers) === '{}') {
        problems.push('the link cleared the unfinished answers without asking')
      }
      const asked = await page.getByText('清空未完成的回答？').count()
      if (asked === 0) problems.push(`no question was asked; the page shows: ${await screenText(page)}`)
      else {
        await page.getByText('保留', { exact: true }).first().click()
        await page.waitForTimeout(300)
        const kept = await stored(page)
        if (kept !== null && JSON.stringify((JSON.parse(kept) as { state: { answers: unknown } }).state.answers) === '{}') problems.push('保留 cleared the answers')
      }
      await page.close()
      return problems
    },
  },
  {
    name: 'storage: reloading a result three times keeps one history entry',
    body: async (h) => {
      const page = await h.freshPage()
      await walk(page, h.origin, example(5).profile, { shotsDir: `${h.shotsDir}/reload-result` })
      for (let i = 0; i < 3; i++) {
        await page.reload()
        await waitShown(page, 'result-ruleset')
        await page.waitForTimeout(200)
      }
      const n = historyOf(await stored(page)).length
      await go(page, h.origin, '/flow/history/index')
      await page.waitForTimeout(800)
      const rows = await historyRows(page)
      await page.close()
      return n === 1 && rows.length === 1 ? [] : [`after three reloads of one result: ${n} stored entries, ${rows.length} rows on the history page`]
    },
  },
  {
    name: 'storage: two entries sharing an id are two rows with different names; deleting one keeps the other; undo brings it back',
    body: async (h) => {
      const page = await h.freshPage()
      const problems: string[] = []
      const base: Profile = { schemaVersion: 1, platforms: ['wechat'], operator: { type: 'company' }, activities: ['paidContent'], sectors: ['education'] }
      const other: Profile = { ...base, operator: { type: 'individual' } }
      await seed(page, { version: 1, state: { answers: {}, step: 0, history: [entry('same', base, day(0)), entry('same', other, day(1))] } })
      await go(page, h.origin, '/flow/history/index')
      await page.waitForTimeout(800)
      const names = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[id^="name-text-"]')).map((el) => el.innerText.trim()))
      if (names.length !== 2) problems.push(`expected 2 rows, the page shows names [${names.join(' | ')}]`)
      else if (names[0] === names[1]) problems.push(`two entries for different operators share the name "${names[0]}"`)
      const del = page.locator('[id^="delete-"]:visible').first()
      if ((await del.count()) === 0) return [...problems, `no delete link: ${await screenText(page)}`]
      await del.click()
      await page.waitForTimeout(300)
      const left = await historyRows(page)
      if (left.length !== 1) problems.push(`deleting one of two entries sharing an id left ${left.length} rows`)
      if (await waitShown(page, 'undo-delete')) {
        await byId(page, 'undo-delete').first().click()
        await page.waitForTimeout(300)
        const back = await historyRows(page)
        const kept = historyOf(await stored(page))
        if (back.length !== 2 || kept.length !== 2) problems.push(`after undo: ${back.length} rows, ${kept.length} stored entries (expected 2 and 2)`)
      }
      await page.close()
      return problems
    },
  },
  {
    name: 'share links: an empty or repeated sv says what is wrong (not "来自不同版本")',
    body: async (h, notes) => {
      const page = await h.freshPage()
      const problems: string[] = []
      for (const [what, query] of [
        ['empty', 'sv=&pl=wechat&op=company'],
        ['repeated', 'sv=2&sv=2&pl=wechat&op=company'],
      ] as const) {
        await go(page, h.origin, `/flow/result/index?${query}`)
        if (!(await waitShown(page, 'result-error'))) {
          problems.push(`${what} sv: no #result-error; the page shows: ${await screenText(page)}`)
          continue
        }
        const message = ((await byId(page, 'result-error').first().textContent()) ?? '').trim()
        notes.push(`${what} sv: ${message}`)
        if (message.includes('不同版本')) problems.push(`${what} sv says "${message}"`)
      }
      await page.close()
      return problems
    },
  },
]
