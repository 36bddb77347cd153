import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TlsFiles } from './tls';

export interface ServedPage {
  /** The real address the page is served at (host and path+query both matter). */
  url: string;
  /** The bytes; a function is asked on every request (a page that changes between visits). */
  body: Buffer | (() => Buffer);
  /** e.g. `text/html; charset=utf-8`, as the real server would have labelled the bytes. */
  contentType: string;
}

export interface PageServer {
  port: number;
  /** Requests for anything but the pages (the pages' own images, XHRs, favicons): answered 404. */
  others: string[];
  close(): Promise<void>;
}

/**
 * One HTTPS server on 127.0.0.1 for every host: Chromium maps the real host names here
 * (--host-resolver-rules), so the Host header tells the pages apart.
 */
export async function startPageServer(pages: readonly ServedPage[], tls: TlsFiles): Promise<PageServer> {
  const byAddress = new Map(pages.map((p) => [addressKey(p.url), p]));
  const others: string[] = [];
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const page = req.method === 'GET' || req.method === 'HEAD' ? byAddress.get(`${host}${req.url ?? '/'}`) : undefined;
    if (!page) {
      others.push(`${req.method} https://${host}${req.url}`);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not served by the Listing Lens browser test');
      return;
    }
    const body = typeof page.body === 'function' ? page.body() : page.body;
    res.writeHead(200, { 'content-type': page.contentType, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    others,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function addressKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
}
