/**
 * A tiny static server for dist/h5 on 127.0.0.1 (node's http module only). It records every
 * path it could not serve, so a missing chunk fails the run instead of hiding.
 */
import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import path from 'path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** An empty page on the app's origin: storage can be cleared there without the app running. */
export const BLANK_PATH = '/__e2e_blank'

export interface StaticServer {
  origin: string
  /** Paths requested that do not exist in the build (favicon.ico left out: the app has none). */
  missing: string[]
  close(): Promise<void>
}

export function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root)
  const missing: string[] = []
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0].split('#')[0])
    if (urlPath === BLANK_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><title>blank</title>')
      return
    }
    const file = path.join(base, urlPath === '/' ? 'index.html' : urlPath)
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (urlPath !== '/favicon.ico') missing.push(urlPath)
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://127.0.0.1:${port}`,
        missing,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}
