import type { PropsWithChildren } from 'react'

// First: the built-ins the client floor lacks (Alipay ships no polyfills), before any other module runs.
import './platform/polyfills'

import './app.scss'

function App({ children }: PropsWithChildren) {
  // children 是将要会渲染的页面
  return children
}

export default App
