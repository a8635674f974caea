// The setData walk of `npm run bench` (not part of `npm test`): the compiled WeChat build under
// miniprogram-simulate, through test/compiled/harness.ts. bench/run.ts runs it with
// BENCH_WEAPP_DIST (the build to load) and BENCH_SETDATA_OUT (where to write the numbers).
const path = require('path')

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/bench/setdata/*.bench.ts'],
  transform: { '^.+\\.m?[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' }
}
