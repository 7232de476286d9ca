/**
 * Hostile inputs: how long each takes and how much memory at its peak, each case alone in a
 * fresh process (so the peak is its own), beside the reader before the fix where running it is
 * safe. `npm run bench` writes the section; `tsx scripts/bench/hostile-bench.ts` prints it alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { format } from './timing.ts';

const CASE_SCRIPT = fileURLToPath(new URL('./hostile-case.ts', import.meta.url));

interface CaseResult {
  ms: number;
  peakMegabytes: number;
  outcome: string;
}

function runCase(name: string): CaseResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CASE_SCRIPT, name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as CaseResult;
}

const CASES: { name: string; what: string }[] = [
  { name: 'roster-150k', what: '150,000-row roster, 23 columns (readRosterBytes)' },
  { name: 'roster-150k-spread', what: 'before: the same rows pushed with a spread' },
  { name: 'roster-100k-size', what: 'province roster of 100,000 schools (readRosterBytes)' },
  { name: 'quotes-20k', what: '20,000 rows, each with an unclosed quote (parseDelimitedText)' },
  { name: 'quotes-5k-before', what: 'before: re-parse after each bad row, 5,000 rows' },
  { name: 'quotes-20k-before', what: 'before: re-parse after each bad row, 20,000 rows' },
  { name: 'zip-bomb', what: 'zipped Shapefile expanding to 2 GB, declared 2 KB (readBoundaryFile)' },
  { name: 'zip-bomb-declared', what: 'the same, declaring its 2 GB (refused before inflating)' },
  { name: 'xlsx-bomb', what: '.xlsx whose sheet expands to 1 GB (readSourceTable)' },
];

/** The section's lines. */
export async function hostileBenchmark(): Promise<string[]> {
  const lines = [
    'Each case alone in a fresh Node process; peak memory is the process’s maximum resident set',
    '(Node itself is about 50 MB). Before the fixes, the 2 GB zip took 4 GB and froze the tab, and',
    'the 1 GB sheet peaked at 1.15 GB: those befores are not run here.',
    '',
    '| input | ms | peak MB | outcome |',
    '| --- | ---: | ---: | --- |',
  ];
  for (const { name, what } of CASES) {
    const result = runCase(name);
    lines.push(
      `| ${what} | ${format(result.ms)} | ${result.peakMegabytes.toFixed(0)} | ${result.outcome.replaceAll('|', '/')} |`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await hostileBenchmark()).join('\n'));
