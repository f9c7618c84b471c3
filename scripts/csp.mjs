// Trunk post-build hook: puts the hash of each inline script Trunk wrote (its wasm loader) into
// the Content-Security-Policy <meta> in place of 'trunk-loader-hash', and writes the same
// policy, with Referrer-Policy, as headers to _headers for static hosts that read that file,
// puts the set-up page's build's version on its slot, and drops the HTML comments, which are for
// maintainers.
// Last, it writes the brotli and gzip copies of the build (scripts/precompress.mjs), here rather
// than in a hook of their own: Trunk starts all post_build hooks at once, and index.html must be
// compressed with its hash in place.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from './precompress.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('no inline loader script found in index.html');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);

if (!html.includes("'trunk-loader-hash'")) throw new Error("index.html has no 'trunk-loader-hash' to replace");
html = html.replace("'trunk-loader-hash'", hashes.join(' '));
// The set-up page's own build has names Trunk does not hash (a "worker"): its version goes on
// the slot it draws in, and the app asks for it with that version (src/app/set_up_slot.rs), so
// after an update a browser never starts a copy it kept of an older build.
const setUpFiles = ['start-set-up.js', 'signpost-set-up.js', 'signpost-set-up_bg.wasm'];
const setUpHash = createHash('sha256');
for (const name of setUpFiles) setUpHash.update(readFileSync(join(dir, name)));
if (!html.includes('data-version="set-up-build-hash"')) throw new Error('index.html has no set-up-build-hash to replace');
html = html.replace('data-version="set-up-build-hash"', `data-version="${setUpHash.digest('hex').slice(0, 16)}"`);
// The comments in index.html are for its maintainers; a person's browser need not download them.
html = html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
writeFileSync(file, html);

// frame-ancestors works only as a header. `*` lets any setting's site frame Signpost, as a host
// serving it for many settings must; a setting serving its own copy can name its own site
// (docs/embedding.md). Cross-Origin-Opener-Policy cuts the handle a page that
// opened Signpost would keep on it, with which it could later send the tab to a look-alike
// (security review L1); it does not touch framing. Strict-Transport-Security keeps the browser on
// HTTPS once it has been there (browsers ignore it over plain HTTP).
const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
writeFileSync(
  join(dir, '_headers'),
  `/*\n  Content-Security-Policy: ${policy}; frame-ancestors *\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Cross-Origin-Opener-Policy: same-origin\n  Strict-Transport-Security: max-age=31536000\n`,
);

precompress(dir);
