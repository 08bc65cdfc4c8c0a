// A small static file server for dist/h5 on 127.0.0.1. Used by `npm start`, the e2e tests and the walkthrough.
// The mock backend is embedded in the H5 bundle, so serving the files is all that is needed.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * `gzip: true` compresses text files for clients that accept it, as a production web server would (the bench
 * uses it so that Lighthouse sees realistic transfer sizes); off by default.
 */
export function serveStatic({ root, host = '127.0.0.1', port = 0, gzip = false }) {
  const base = resolve(root)
  const compressed = new Map()
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const path = decodeURIComponent(url.pathname)
      let file = normalize(join(base, path))
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end()
        return
      }
      const info = await stat(file).catch(() => null)
      if (!info || info.isDirectory()) file = join(info ? file : base, 'index.html')
      let body = await readFile(file)
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      }
      const text = ['.html', '.js', '.css', '.json', '.svg'].includes(extname(file))
      if (gzip && text) {
        headers.vary = 'accept-encoding'
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }))
          body = compressed.get(file)
          headers['content-encoding'] = 'gzip'
        }
      }
      res.writeHead(200, headers)
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到')
    }
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolvePromise({ server, url: `http://${host}:${address.port}/` })
    })
  })
}

// `node scripts/serveStatic.mjs [root] [port]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist/h5'
  const port = Number(process.argv[3] ?? process.env.PORT ?? 10086)
  const { url } = await serveStatic({ root, port })
  console.log(`H5: ${url}`)
}
