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
      files: ['scripts/**/*.mjs', '*.js', 'config/**/*.ts'],
      env: { node: true }
    }
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/']
}
