/**
 * A harness that runs the compiled WeChat mini-program (dist/weapp) inside jest (jsdom) with
 * miniprogram-simulate and the official wcc compiler (`compiler: 'official'`).
 *
 * Taro pages call `Page()`, which miniprogram-simulate does not know: here `Page()` is adapted to
 * `Component()` (page lifecycles mapped onto component lifetimes), and `App`, `getApp`,
 * `getCurrentPages` and a recording `wx` are provided. Every `setData` call is recorded with its
 * JSON byte size, so later tests and benchmarks can read the cost of each tap.
 *
 * Usage:
 *   const mp = launch()
 *   const page = await mp.loadPage('/pages/index/index')
 *   await page.waitForText('小程序资质向导')
 *   page.tap('start')
 *   const next = await mp.followNavigation()
 *
 * Each `launch()` resets jest's module registry and starts a fresh app, so launch once per test
 * (or per `beforeEach`).
 */
import path from 'path'

export const WEAPP_DIST = path.resolve(__dirname, '../../dist/weapp')

/** One recorded `setData` call. */
export interface SetDataRecord {
  /** route of the page (or component path) whose instance called setData */
  route: string
  /** number of taps/inputs dispatched through the harness before this call */
  afterAction: number
  /** the data paths set, e.g. ['root.cn.[0]'] */
  keys: string[]
  /** length in bytes of JSON.stringify(data) as UTF-8 */
  bytes: number
}

/** One recorded `wx` navigation. */
export interface NavigationRecord {
  api: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'
  url?: string
  delta?: number
}

/** A j-component node as returned by miniprogram-simulate's querySelector. */
export interface SimNode {
  dom: HTMLElement
  dispatchEvent(name: string, options?: { detail?: unknown; [k: string]: unknown }): void
  querySelector(selector: string): SimNode | undefined
  querySelectorAll(selector: string): SimNode[]
}

interface SimComponent extends SimNode {
  instance: Record<string, unknown>
  attach(parent: Element): void
  detach(): void
  setData(data: Record<string, unknown>, cb?: () => void): void
}

export interface WaitOptions {
  /** give up after this many milliseconds (default 5000) */
  timeout?: number
  /** poll every this many milliseconds (default 10) */
  interval?: number
}

export interface PageHandle {
  /** route without leading slash, e.g. 'pages/index/index' */
  route: string
  /** the query the page was loaded with */
  query: Record<string, string>
  /** the simulated component (j-component) of the page */
  component: SimComponent
  /** all text the page shows, whitespace collapsed */
  text(): string
  /** the element with this id (Taro keeps the `id` prop as the WXML id), or undefined */
  byId(id: string): SimNode | undefined
  /** the innermost element whose text contains `text`, or undefined */
  byText(text: string): HTMLElement | undefined
  /** dispatch a tap on the element with this id; throws if there is none */
  tap(id: string): void
  /** dispatch an input event with `value` on the input with this id; throws if there is none */
  input(id: string, value: string): void
  /** poll until `predicate` returns truthy; resolves with its value */
  waitFor<T>(predicate: () => T | undefined | null | false, options?: WaitOptions): Promise<T>
  /** poll until the page's text contains `text` */
  waitForText(text: string, options?: WaitOptions): Promise<void>
  /** unload the page (onUnload) */
  unload(): void
}

export interface MiniProgram {
  /** the recording `wx` (jest mocks); `wx.navigateTo.mock.calls` etc. */
  wx: Record<string, jest.Mock> & Record<string, unknown>
  /** the app instance passed to App() */
  app: Record<string, unknown>
  /** every setData call since launch, in order */
  setDataCalls: SetDataRecord[]
  /** every navigation requested through wx since launch, in order */
  navigations: NavigationRecord[]
  /** the in-memory storage behind wx.*Storage* */
  storage: Map<string, unknown>
  /** pages loaded and not unloaded, oldest first */
  pageStack: PageHandle[]
  /** load and render a page by url ('/pages/x/index?a=1'); resolves once it has rendered once */
  loadPage(url: string, options?: WaitOptions): Promise<PageHandle>
  /**
   * Follow the latest navigation not yet followed: navigateTo pushes the target page,
   * redirectTo/reLaunch replace the stack, navigateBack pops. Resolves with the page now on top.
   */
  followNavigation(options?: WaitOptions): Promise<PageHandle>
  /** setData calls recorded after the given action number (see SetDataRecord.afterAction) */
  setDataAfter(action: number): SetDataRecord[]
  /** number of taps/inputs dispatched so far */
  actions(): number
}

type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }
type Def = Record<string, unknown>

/** Poll `predicate` until it returns a truthy value. Never a fixed sleep. */
export async function waitFor<T>(
  predicate: () => T | undefined | null | false,
  { timeout = 5000, interval = 10 }: WaitOptions = {}
): Promise<T> {
  const started = Date.now()
  let lastError: unknown
  for (;;) {
    try {
      const value = predicate()
      if (value) return value
    } catch (error) {
      lastError = error
    }
    if (Date.now() - started > timeout) {
      throw new Error(`waitFor: condition not met within ${timeout} ms${lastError ? `: ${String(lastError)}` : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [pathPart, queryPart = ''] = url.split('?')
  const route = pathPart.replace(/^\//, '')
  const query: Record<string, string> = {}
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=')
    query[decodeURIComponent(k)] = decodeURIComponent(v)
  }
  return { route, query }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** Start a fresh simulated WeChat app from `distDir` (default dist/weapp). */
export function launch({ distDir = WEAPP_DIST }: { distDir?: string } = {}): MiniProgram {
  jest.resetModules()
  const g = globalThis as unknown as Record<string, unknown>

  const setDataCalls: SetDataRecord[] = []
  const navigations: NavigationRecord[] = []
  const storage = new Map<string, unknown>()
  const pageStack: PageHandle[] = []
  const instances: Array<Record<string, unknown>> = []
  let actionCount = 0
  let followed = 0

  type Callbacks<T> = { success?: (r: T) => void; complete?: (r: T) => void; [key: string]: unknown }
  const ok = <T extends object>(result: T) => (opts: Callbacks<T> = {}) => {
    const res = { errMsg: 'ok', ...result }
    opts.success?.(res)
    opts.complete?.(res)
    return Promise.resolve(res)
  }
  const navigate = (api: NavigationRecord['api']) =>
    jest.fn((opts: { url?: string; delta?: number; success?: (r: unknown) => void; complete?: (r: unknown) => void } = {}) => {
      navigations.push({ api, url: opts.url, delta: opts.delta })
      return ok({ errMsg: `${api}:ok` })(opts)
    })

  const wx: Record<string, unknown> = {
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack: navigate('navigateBack'),
    setStorageSync: jest.fn((key: string, value: unknown) => { storage.set(key, value) }),
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
    removeStorageSync: jest.fn((key: string) => { storage.delete(key) }),
    clearStorageSync: jest.fn(() => { storage.clear() }),
    setStorage: jest.fn((opts: { key: string; data: unknown }) => { storage.set(opts.key, opts.data); return ok({})(opts) }),
    getStorage: jest.fn((opts: { key: string; fail?: (e: unknown) => void }) => {
      if (!storage.has(opts.key)) {
        opts.fail?.({ errMsg: 'getStorage:fail data not found' })
        return Promise.reject(new Error('getStorage:fail data not found'))
      }
      return ok({ data: storage.get(opts.key) })(opts)
    }),
    removeStorage: jest.fn((opts: { key: string }) => { storage.delete(opts.key); return ok({})(opts) }),
    showToast: jest.fn(ok({})),
    showModal: jest.fn(ok({ confirm: true, cancel: false })),
    setClipboardData: jest.fn(ok({})),
    request: jest.fn(() => { throw new Error('the app must not make network requests (wx.request called)') })
  }
  g.wx = wx

  let app: Record<string, unknown> = {}
  g.App = (options: Record<string, unknown>) => { app = options }
  g.getApp = () => app
  g.getCurrentPages = () => instances.slice()

  // miniprogram-simulate installs its own Component(), wx (merged under ours) and DOM polyfills.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulate = require('miniprogram-simulate')
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simUtils = require('miniprogram-simulate/src/utils')
  const simulateComponent = g.Component as (def: Def) => void

  // Files run in jest's module registry execute once; simulate registers every component afresh
  // on each load, so remember each file's definition and replay it on later loads.
  const definitions = new Map<string, { kind: 'Page' | 'Component'; def: Def }>()
  let runningFile = ''
  let pendingQuery: Record<string, string> = {}

  const recordSetData = (self: Record<string, unknown>, route: string) => {
    const original = self.setData as (data: Record<string, unknown>, cb?: () => void) => void
    if ((original as { recorded?: boolean }).recorded) return
    const wrapped = function (this: unknown, data: Record<string, unknown>, cb?: () => void) {
      setDataCalls.push({
        route,
        afterAction: actionCount,
        keys: Object.keys(data),
        bytes: Buffer.byteLength(JSON.stringify(data), 'utf8')
      })
      return original.call(self, data, cb)
    }
    ;(wrapped as { recorded?: boolean }).recorded = true
    self.setData = wrapped
  }

  const pageToComponent = (config: PageConfig, route: string): Def => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') methods[key] = value
    }
    const call = (self: Record<string, unknown>, name: string, ...args: unknown[]) => {
      const fn = self[name]
      if (typeof fn === 'function') fn.apply(self, args)
    }
    return {
      data: config.data ?? {},
      options: config.options,
      behaviors: config.behaviors,
      methods,
      lifetimes: {
        created(this: Record<string, unknown>) {
          recordSetData(this, route)
          this.route = route
          this.__route__ = route
        },
        attached(this: Record<string, unknown>) {
          const query = pendingQuery
          this.options = query
          instances.push(this)
          call(this, 'onLoad', query)
          call(this, 'onShow')
        },
        ready(this: Record<string, unknown>) {
          call(this, 'onReady')
        },
        detached(this: Record<string, unknown>) {
          call(this, 'onUnload')
          const at = instances.indexOf(this)
          if (at >= 0) instances.splice(at, 1)
        }
      }
    }
  }

  g.Page = (config: PageConfig) => {
    definitions.set(runningFile, { kind: 'Page', def: config })
    const route = path.relative(distDir, runningFile).replace(/\\/g, '/').replace(/\.js$/, '')
    simulateComponent(pageToComponent(config, route))
  }
  g.Component = (def: Def) => {
    definitions.set(runningFile, { kind: 'Component', def })
    const created = (def.lifetimes as Def | undefined)?.created ?? def.created
    const route = path.relative(distDir, runningFile).replace(/\\/g, '/')
    simulateComponent({
      ...def,
      lifetimes: {
        ...(def.lifetimes as Def | undefined),
        created(this: Record<string, unknown>, ...args: unknown[]) {
          recordSetData(this, route)
          if (typeof created === 'function') created.apply(this, args)
        }
      }
    })
  }
  simUtils.runJs = (filePath: string) => {
    const previous = runningFile
    runningFile = filePath
    try {
      const known = definitions.get(filePath)
      if (known) {
        const register = (known.kind === 'Page' ? g.Page : g.Component) as (d: Def) => void
        register(known.def)
      } else {
        require(filePath)
      }
    } finally {
      runningFile = previous
    }
  }

  // The app: runtime, vendors and taro chunks, then App(); WeChat then calls onLaunch/onShow.
  require(path.join(distDir, 'app.js'))
  const launchOptions = { path: 'pages/index/index', query: {}, scene: 1001 }
  ;(app.onLaunch as ((o: unknown) => void) | undefined)?.call(app, launchOptions)
  ;(app.onShow as ((o: unknown) => void) | undefined)?.call(app, launchOptions)

  const makeHandle = (route: string, query: Record<string, string>, component: SimComponent, parent: Element): PageHandle => {
    const handle: PageHandle = {
      route,
      query,
      component,
      text: () => collapse(component.dom.textContent),
      byId: (id) => component.querySelector(`#${id}`),
      byText: (text) => {
        let found: HTMLElement | undefined
        const visit = (el: Element) => {
          if (!(el.textContent ?? '').includes(text)) return
          found = el as HTMLElement
          for (const child of Array.from(el.children)) visit(child)
        }
        visit(component.dom)
        return found
      },
      tap: (id) => {
        const node = handle.byId(id)
        if (!node) throw new Error(`tap: no element with id "${id}" on ${route}`)
        actionCount += 1
        node.dispatchEvent('tap')
      },
      input: (id, value) => {
        const node = handle.byId(id)
        if (!node) throw new Error(`input: no element with id "${id}" on ${route}`)
        actionCount += 1
        ;(node.dom as HTMLInputElement).value = value
        node.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
      },
      waitFor: (predicate, options) => waitFor(predicate, options),
      waitForText: async (text, options) => {
        await waitFor(() => handle.text().includes(text), options).catch((error: Error) => {
          throw new Error(`${error.message}\nwanted text: ${text}\npage ${route} shows: ${handle.text()}`)
        })
      },
      unload: () => {
        component.detach()
        parent.remove()
        const at = pageStack.indexOf(handle)
        if (at >= 0) pageStack.splice(at, 1)
      }
    }
    return handle
  }

  const mp: MiniProgram = {
    wx: wx as MiniProgram['wx'],
    get app() { return app },
    setDataCalls,
    navigations,
    storage,
    pageStack,
    async loadPage(url, options) {
      const { route, query } = parseUrl(url)
      const id = simulate.load(path.join(distDir, route), { compiler: 'official', rootPath: distDir })
      const component = simulate.render(id) as SimComponent
      const parent = document.createElement('parent-wrapper')
      document.body.appendChild(parent)
      pendingQuery = query
      component.attach(parent)
      const handle = makeHandle(route, query, component, parent)
      pageStack.push(handle)
      await waitFor(() => setDataCalls.some((c) => c.route === route) && collapse(component.dom.textContent) !== '', options)
        .catch((error: Error) => { throw new Error(`loadPage(${url}): the page never rendered: ${error.message}`) })
      return handle
    },
    async followNavigation(options) {
      const next = navigations[followed]
      if (!next) throw new Error('followNavigation: no navigation to follow')
      followed += 1
      if (next.api === 'navigateBack') {
        const delta = next.delta ?? 1
        for (let i = 0; i < delta && pageStack.length > 1; i++) pageStack[pageStack.length - 1].unload()
        const top = pageStack[pageStack.length - 1]
        ;(top.component.instance.onShow as (() => void) | undefined)?.call(top.component.instance)
        return top
      }
      if (next.api === 'redirectTo') pageStack[pageStack.length - 1]?.unload()
      if (next.api === 'reLaunch' || next.api === 'switchTab') {
        while (pageStack.length) pageStack[pageStack.length - 1].unload()
      }
      return mp.loadPage(next.url ?? '', options)
    },
    setDataAfter: (action) => setDataCalls.filter((c) => c.afterAction === action),
    actions: () => actionCount
  }
  return mp
}
