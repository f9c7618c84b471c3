// Writes the page's own two scripts without their comments and indentation to target/js/, where
// index.html takes them from (a Trunk hook, before each build): they are in every person's first
// screen, and their comments, which say why for whoever reads src/, are half their bytes. Only whole comment lines go; the scripts have no others. The host script, which
// a setting pastes, is written the same way by build/main.rs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const out = new URL('../target/js/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of ['exit-this-page.js', 'in-a-frame.js']) {
  const source = readFileSync(new URL(`../src/${name}`, import.meta.url), 'utf8');
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  writeFileSync(new URL(name, out), `${lines.join('\n')}\n`);
}
