// `npm run bench[:name]`: runs benchmark scripts (scripts/bench/<name>.ts) with tsx. Each prints
// one JSON object on stdout (progress on stderr). `all` runs import, analysis and networks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] ?? 'all';
const names = which === 'all' ? ['import', 'analysis', 'networks'] : [which];
let status = 0;
for (const name of names) {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(root, 'scripts', 'bench', `${name}.ts`), ...process.argv.slice(3)],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
