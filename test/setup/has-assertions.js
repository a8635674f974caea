/* eslint-env jest */
// Every test must assert something: a test whose expectations never run fails instead of passing.
beforeEach(() => {
  expect.hasAssertions()
})
