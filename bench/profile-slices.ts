// profile-slices: a member's event loop over time, from a V8 CPU profile (`node --cpu-prof`, as
// "Profiling a member under load" in docs/benchmarks.md writes one): for each slice of the run,
// the share of samples that found the loop idle and the share in the garbage collector. A
// profile's own totals mix start-up and shutdown into the cell; the slices show the cell alone.
//
//   node --import tsx bench/profile-slices.ts /tmp/prof/CPU.*.cpuprofile --slice-ms 500
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exitOnHelp, positiveInt } from './lib/flags.js';
import { markdownTable } from './lib/table.js';

const usage = `usage: node --import tsx bench/profile-slices.ts FILE.cpuprofile [flags]
  --slice-ms N   length of a slice (default 500)`;

/** The parts of V8's .cpuprofile this reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'slice-ms': { type: 'string', default: '500' }, help: { type: 'boolean' } },
  });
  exitOnHelp(values.help, usage);
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new Error(usage);
  const sliceUs = positiveInt('--slice-ms', values['slice-ms']) * 1000;
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const slices: ({ total: number; idle: number; gc: number } | undefined)[] = [];
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const slice = (slices[Math.floor(at / sliceUs)] ??= { total: 0, idle: 0, gc: 0 });
    slice.total += delta;
    const name = names.get(id);
    if (name === '(idle)') slice.idle += delta;
    else if (name === '(garbage collector)') slice.gc += delta;
  });
  const percent = (part: number, total: number): string =>
    total > 0 ? `${Math.round((100 * part) / total)}%` : '-';
  // A slice without samples (the profiler paused) stays a hole in `slices`: shown as '-'.
  const rows = Array.from(slices, (s, i) => [
    ((i * sliceUs) / 1e6).toFixed(1),
    percent(s?.idle ?? 0, s?.total ?? 0),
    percent(s?.gc ?? 0, s?.total ?? 0),
  ]);
  process.stdout.write(
    `${markdownTable(['from s', 'loop idle', 'garbage collector'], rows, [true, true, true])}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
