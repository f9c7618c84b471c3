// The sites every engine's tests visit, on this machine alone: the release build (dist/) as a
// static host serves it, a setting's pages that link to it or frame it, a host whose wasm is
// missing or broken, and Exit this page's destination (https://www.bbc.co.uk/weather), answered
// by a local TLS server through a proxy the browsers are started with. Every request any of them
// receives is written down, so a test can say what a page asked for: tests/browser/ reads that
// from Chromium's own protocol, which Firefox and WebKit do not share.
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_URL, serveDist } from '../browser/harness.mjs';

export { EXIT_URL };

/** The host script (src/embed/signpost-embed.js) as the build under test serves it: the copy in
 * dist/, so the frame and the page around it come from the same build (SIGNPOST_DIST as in
 * tests/browser/harness.mjs). */
const DIST = process.env.SIGNPOST_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const HOST_SCRIPT = readFileSync(join(DIST, 'signpost-embed.js'), 'utf8');

/** A setting's policy page with a link to the tool, and one to each flow and a check. */
const POLICY = `<!doctype html><html lang="en"><title>Our safeguarding policy</title><body>
<p><a id="open" href="/">Open Signpost</a></p>
<p><a id="open-setting" href="/#setting">Open Signpost for settings</a></p>
<p><a id="open-which-lado" href="/#which-lado">Which LADO</a></p></body></html>`;

/** A setting's page on another origin (localhost) framing Signpost (127.0.0.1) with the
 * set-up page's snippet and the host script. */
const framing = (tool) => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<body><h1>Safeguarding at Little Acorns</h1>
<iframe data-signpost src="${tool}/#setting-name=Little%20Acorns" title="Worried about a child: who to tell"
  style="width: 100%; height: 600px; border: 0" referrerpolicy="no-referrer"
  sandbox="allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads"></iframe>
<script>\n${HOST_SCRIPT}\n</script><p>Thank you.</p></body></html>`;

/** A neutral page, the destination's stand-in. */
const DESTINATION = '<!doctype html><html lang="en"><title>BBC Weather</title><p>Weather</p></html>';

/** Forwards every request to `target` (an http URL), writing each down in `log`; `refuse(path)`
 * answers 404 instead, `corrupt(path)` answers with bytes that are not what was asked for. */
function front(target, log, { refuse = () => false, corrupt = () => false } = {}) {
  const server = createServer((incoming, response) => {
    log.push(`${incoming.headers.host}${incoming.url}`);
    const path = new URL(incoming.url, 'http://x').pathname;
    if (refuse(path)) { response.writeHead(404).end(); return; }
    if (corrupt(path)) {
      response.writeHead(200, { 'content-type': 'application/wasm' }).end(Buffer.from('not a wasm module'));
      return;
    }
    const upstream = httpRequest(new URL(incoming.url, target), { method: incoming.method, headers: incoming.headers }, (answer) => {
      response.writeHead(answer.statusCode, answer.headers);
      answer.pipe(response);
    });
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A self-signed certificate for www.bbc.co.uk, made now (the browsers accept it because they
 * are driven with acceptInsecureCerts, and only through this run's proxy). */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=www.bbc.co.uk',
      '-addext', 'subjectAltName=DNS:www.bbc.co.uk', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts every site. Resolves to { tool, host, broken, corrupt, proxy, requests, elsewhere,
 * close }: `tool` is the build's origin URL, `host` a setting's origin (localhost, so another
 * origin) serving policy.html and framing.html, `broken` and `corrupt` hosts of the same build
 * whose wasm is missing or not wasm, `proxy` the port of the proxy every browser must use,
 * `requests` every request the tool's host received (host and path), `elsewhere` every address
 * off this machine a browser asked the proxy for. */
export async function startSites() {
  const requests = [];
  const elsewhere = [];
  let toolOrigin = '';
  const dist = await serveDist({ '/policy.html': () => POLICY, '/framing.html': () => framing(toolOrigin) }, { headersOnHostPages: false });
  const wasm = (path) => path.endsWith('.wasm');
  const tool = await front(dist.url, requests);
  const broken = await front(dist.url, [], { refuse: wasm });
  const corrupt = await front(dist.url, [], { corrupt: wasm });
  toolOrigin = `http://127.0.0.1:${tool.address().port}`;

  const destination = createTlsServer(certificate(), (incoming, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(DESTINATION);
  });
  await new Promise((resolve) => destination.listen(0, '127.0.0.1', resolve));
  // The proxy: CONNECT to www.bbc.co.uk:443 reaches the local destination; anything else off
  // this machine is written down and refused, so nothing leaves it.
  const handle = (proxyServer) => {
    proxyServer.on('request', (incoming, response) => {
      elsewhere.push(incoming.url);
      response.writeHead(502).end();
    });
    proxyServer.on('connect', (incoming, socket, head) => {
      elsewhere.push(incoming.url);
      if (incoming.url !== `${new URL(EXIT_URL).hostname}:443`) {
        socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      const upstream = connect(destination.address().port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    return proxyServer;
  };
  const proxy = handle(createServer());
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));

  const servers = [tool, broken, corrupt, destination, proxy];
  return {
    tool: `${toolOrigin}/`,
    host: `http://localhost:${tool.address().port}/`,
    broken: `http://127.0.0.1:${broken.address().port}/`,
    corrupt: `http://127.0.0.1:${corrupt.address().port}/`,
    proxy: proxy.address().port,
    requests,
    elsewhere,
    close: async () => {
      for (const server of servers) {
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(resolve));
      }
      await dist.close();
    },
  };
}
