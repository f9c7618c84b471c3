// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every .html, .js, .wasm
// and .css file of a build, so that any static host can serve them precompressed, at the
// strongest settings, with no compression work per request.
//
// Called by scripts/csp.mjs once the CSP hash is in index.html: the copies must be of the final
// bytes. (It is not a post_build hook of its own because Trunk 0.21 starts all the hooks of one
// stage at the same time, so it could compress index.html before the hash is written.)
// Run directly, it compresses TRUNK_STAGING_DIR, for builds that have no CSP step
// (bench/hello-yew).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.txt']);

/** Brotli at its strongest; text mode for text, which brotli can model a little better. */
export function brotli(bytes, isText) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: isText ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Gzip at its strongest, as `gzip -9` does. */
export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

/** Compresses every compressible file directly in `dir` (a Trunk build is flat); returns the
 * names compressed. */
export function precompress(dir) {
  const names = readdirSync(dir).filter((name) => COMPRESSIBLE.has(extname(name)));
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.br`), brotli(bytes, extname(name) !== '.wasm'));
    writeFileSync(join(dir, `${name}.gz`), gzip(bytes));
  }
  return names;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
  precompress(dir);
}
