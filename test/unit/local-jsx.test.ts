/**
 * config/local-jsx.js: each module reads React's JSX functions into local variables once, so a
 * call is `x(…)` in the bundle rather than `(0,r.jsx)(…)`. The rewritten module must behave the
 * same: run it against a stand-in runtime and compare.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { transformSync } from '@babel/core'
import localJsx from '../../config/local-jsx'

const SOURCE = `
import { Other } from 'somewhere'
export const Box = ({ children }) => <div className="box">{children}<b>{Other}</b></div>
export const Pair = () => <><i /><i /></>
`

function compile(withPlugin: boolean): string {
  const out = transformSync(SOURCE, {
    filename: 'x.jsx',
    babelrc: false,
    configFile: false,
    presets: [['@babel/preset-react', { runtime: 'automatic' }]],
    plugins: withPlugin ? [localJsx] : [],
  })
  return out?.code ?? ''
}

/** Loads an ES module's code as a file, with a stand-in jsx runtime that records each call. */
function load(code: string): { Box: (p: object) => unknown; Pair: () => unknown } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-jsx-'))
  fs.mkdirSync(path.join(dir, 'node_modules/react'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'node_modules/react/jsx-runtime.js'),
    "exports.jsx = (type, props) => ({ type, props, many: false }); exports.jsxs = (type, props) => ({ type, props, many: true }); exports.Fragment = 'Fragment'",
  )
  fs.mkdirSync(path.join(dir, 'node_modules/somewhere'))
  fs.writeFileSync(path.join(dir, 'node_modules/somewhere/index.js'), "exports.Other = 'other'")
  const cjs = transformSync(code, { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] })?.code ?? ''
  const file = path.join(dir, 'module.js')
  fs.writeFileSync(file, cjs)
  return jest.requireActual(file)
}

describe('local-jsx', () => {
  it('reads jsx, jsxs and Fragment once into variables and calls those', () => {
    const code = compile(true)
    expect(code).toMatch(/import \* as _runtime from "react\/jsx-runtime"/)
    for (const name of ['jsx', 'jsxs', 'Fragment']) expect(code).toMatch(new RegExp(`_${name} = _runtime\\.${name}[,;]`))
    expect(code).not.toMatch(/import \{[^}]*\} from "react\/jsx-runtime"/)
  })

  it('builds the same elements as the plain transform', () => {
    const plain = load(compile(false))
    const local = load(compile(true))
    expect(local.Box({ children: 'x' })).toEqual(plain.Box({ children: 'x' }))
    expect(local.Pair()).toEqual(plain.Pair())
  })
})
