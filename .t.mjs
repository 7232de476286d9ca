import { transformSync } from 'esbuild'; import { readFileSync } from 'node:fs';
const code = readFileSync(process.argv[2], 'utf8');
const out = transformSync(code, { loader: 'ts', format: 'esm', minifyWhitespace: true, target: 'node22', sourcefile: process.argv[2] }).code;
for (const p of process.argv.slice(3)) console.log(p, '…' + out.slice(Number(p) - 120, Number(p)) + '⟦' + out.slice(Number(p), Number(p) + 60) + '⟧');
