// Taro's own lint preset (eslint-config-taro), as in the Taro project template.
module.exports = {
  root: true,
  extends: ['taro/react'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off'
  },
  overrides: [
    {
      files: ['test/**/*.ts', 'test/**/*.tsx'],
      env: { jest: true, node: true }
    },
    {
      // CommonJS config and test-setup files run by node/jest directly
      files: ['*.js', 'test/setup/*.js'],
      env: { node: true, es2020: true },
      parserOptions: { sourceType: 'script' },
      rules: { 'import/no-commonjs': 'off' }
    },
    {
      files: ['scripts/**/*.mjs', 'config/**/*.ts'],
      env: { node: true, es2020: true }
    }
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', '.compare/']
}
