// Three layers of tests, all run by `npm test`:
//   domain     pure TypeScript (node)
//   components pages and components in jsdom over Taro's H5 React components
//   compiled   the built mini-programs: dist/weapp under miniprogram-simulate, dist/alipay and dist/tt by structure
// The compiled project's globalSetup builds dist/weapp, dist/alipay and dist/tt first when they are missing or
// older than the sources; jest runs a project's globalSetup only when a test of that project runs, so
// `npx jest --selectProjects domain` (the rules loop) never builds.
// Every test must assert (test/setup/has-assertions.js).
const transform = { '^.+\\.m?[jt]sx?$': 'babel-jest' }
// Taro's H5 components and stencil ship ES modules: let babel-jest compile them.
// (@tarojs/components also nests its own node_modules, e.g. an ES-module tslib: compile those too.)
const transformIgnorePatterns = ['^(?!.*/node_modules/(@tarojs|@stencil|swiper|ssr-window|dom7)/).*/node_modules/']
const alias = { '^@/(.*)$': '<rootDir>/src/$1' }

const setupFilesAfterEnv = ['<rootDir>/test/setup/has-assertions.js']

module.exports = {
  // Every core: jest's default keeps one for itself, which on this 2-core machine runs the suites one by one.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/domain/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
      transform,
      setupFilesAfterEnv,
      moduleNameMapper: alias
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx', '<rootDir>/test/components/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      setupFiles: ['<rootDir>/test/setup/taro-h5-globals.js'],
      setupFilesAfterEnv,
      moduleNameMapper: {
        '\\.(css|scss|sass|less)$': '<rootDir>/test/setup/style-stub.js',
        // Taro's H5 React build of the components (stencil web components wrapped for React)
        '^@tarojs/components$': '@tarojs/components/lib/react',
        // The Taro API is the platform boundary: a recording test double (navigateTo, storage, ...)
        '^@tarojs/taro$': '<rootDir>/test/setup/taro-mock.ts',
        ...alias
      }
    },
    {
      displayName: 'compiled',
      testEnvironment: 'jsdom',
      globalSetup: '<rootDir>/test/setup/build-if-stale.js',
      setupFilesAfterEnv,
      testMatch: ['<rootDir>/test/compiled/**/*.test.ts'],
      transform,
      moduleNameMapper: alias
    }
  ]
}
