import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceServer } from '../../../src/server';

/** A loopback server for one test: its URL, every request it saw, and how to stop it. */
export interface LoopbackServer {
  url: string;
  port: number;
  seen: { method: string; url: string }[];
  close(): Promise<void>;
}

/** Starts `handle` on a free loopback port. */
export async function serve(handle: http.RequestListener): Promise<LoopbackServer> {
  const seen: LoopbackServer['seen'] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '' });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The reference server, except for the requests `override` answers itself (it returns true for
 * those): a target that keeps the contract but one hostile answer.
 */
export function referenceExcept(
  override: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<LoopbackServer> {
  const reference = createReferenceServer();
  const handle = reference.listeners('request')[0] as http.RequestListener;
  return serve((req, res) => {
    if (!override(req, res)) handle(req, res);
  });
}

/** Answers with a body that never ends: blanks, as fast as the client reads them. */
export function endlessBody(res: http.ServerResponse, contentType = 'application/json'): void {
  res.writeHead(200, { 'content-type': contentType });
  const chunk = Buffer.alloc(16 * 1024, ' ');
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {}
  };
  res.on('drain', pump);
  pump();
}

/** The page a reverse proxy shows when the server behind it is down. */
export function proxyErrorPage(res: http.ServerResponse, status: 502 | 503): void {
  const title = status === 502 ? '502 Bad Gateway' : '503 Service Temporarily Unavailable';
  res.writeHead(status, { 'content-type': 'text/html', server: 'nginx' });
  res.end(
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  );
}
