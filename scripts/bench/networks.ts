/**
 * `npm run bench:networks`: Tokscope's network builder against the seed notes' reference
 * (shared/tools/seed-baseline.py: pandas + networkx nested loops), measured in the same run on the
 * same generated posts, with the edge lists checked for identity; then the 1M-post capped and
 * backbone networks. Prints one JSON object on stdout; progress goes to stderr.
 *
 *   npm run bench:networks                       # 10k and 30k (sound, hashtag), 100k sound, 1M capped
 *   npm run bench:networks -- --sizes 10000 --no-100k --no-1m
 *
 * Each Tokscope measurement runs in its own child process (so its peak RSS is its own): one warm-up
 * build, then the median of three. The build is what the app and the CLI do before writing a file:
 * read the filtered posts from the study, count the weighted edges, resolve node ids and labels.
 * The reference's build_s is its own internal timer around the nested loops (CSV loading excluded),
 * so the ratio is conservative; whole-process times of both are reported too.
 *
 * Identity: both sides reduce their edge list to a multiset hash (per edge md5("a\tb\tweight") with
 * a < b, four 32-bit lanes summed mod 2^32) plus edge count and total weight; on a mismatch the
 * reference's edge list is diffed exactly. The reference keys authors by the CSV's author_id
 * column (handles), Tokscope by normalised handle: the same strings for this data.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { openStudyDb } from '../../src/main/db/connection';
import { buildNetwork } from '../../src/main/services/networks/buildNetwork';
import type { NetworkData } from '../../src/main/services/networks/networkData';
import { renderSubgraph } from '../../src/main/services/networks/renderSubgraph';
import { DEFAULT_NETWORK_OPTIONS, type NetworkKind, type NetworkOptions } from '../../src/shared/domain/network';
import { BENCH_DIR, ensureBenchCsv, ensureBenchStudy, log, peakRssMb } from './fixtures';

const SELF = fileURLToPath(import.meta.url);
const SEED_SCRIPT = path.resolve(BENCH_DIR, '..', '..', 'shared', 'tools', 'seed-baseline.py');

interface EdgeDigest {
  count: number;
  totalWeight: number;
  lanes: number[];
}

// ---------------------------------------------------------------- reference (python)

/** Runs seed-baseline.py unchanged (via runpy) and digests the graph it built, after its timers stop. */
const PYTHON_WRAPPER = `
import hashlib, json, runpy, sys, time
script, phase, csv, tsv, max_tsv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
sys.argv = [script, phase, csv]
# The script times itself with perf_counter; recording CPU time at each of those calls gives the
# CPU seconds of the same span (its 5th call starts the build, its last one ends it).
_wall = time.perf_counter
calls = []
def _recording_perf_counter():
    w = _wall(); calls.append((w, time.process_time())); return w
time.perf_counter = _recording_perf_counter
g = runpy.run_path(script, run_name='__main__')
time.perf_counter = _wall
build_cpu = calls[-1][1] - calls[4][1]
G = g['G']
lanes = [0, 0, 0, 0]; n = 0; tw = 0
out = open(tsv, 'w', encoding='utf-8') if G.number_of_edges() <= max_tsv else None
for a, b, d in G.edges(data=True):
    a, b = str(a), str(b)
    if b < a: a, b = b, a
    w = d['weight']; line = '%s\\t%s\\t%d' % (a, b, w)
    h = hashlib.md5(line.encode('utf-8')).digest()
    for i in range(4): lanes[i] = (lanes[i] + int.from_bytes(h[4*i:4*i+4], 'little')) & 0xffffffff
    n += 1; tw += w
    if out: out.write(line + '\\n')
if out: out.close()
print(json.dumps({'digest': {'count': n, 'totalWeight': tw, 'lanes': lanes}, 'tsv': tsv if out else None, 'buildCpuSeconds': build_cpu}))
`;

const EXACT_DIFF_LIMIT = 3_000_000;

interface ReferenceRun {
  buildSeconds: number;
  buildCpuSeconds: number;
  loadSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  nodes: number;
  edges: number;
  pairIterations: number;
  digest: EdgeDigest;
  tsv: string | null;
}

function runReference(kind: 'sound' | 'hashtag', csv: string, n: number): ReferenceRun | { error: string } {
  if (!fs.existsSync(SEED_SCRIPT)) return { error: `reference script not found at ${SEED_SCRIPT}` };
  const tsv = path.join(BENCH_DIR, `reference-${kind}-${n}.tsv`);
  const started = performance.now();
  const r = spawnSync('/usr/bin/python3', ['-c', PYTHON_WRAPPER, SEED_SCRIPT, kind, csv, tsv, String(EXACT_DIFF_LIMIT)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (r.status !== 0) return { error: `reference failed: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')}` };
  const lines = r.stdout.trim().split('\n');
  const timing = JSON.parse(lines[lines.length - 2]!) as Record<string, number>;
  const digest = JSON.parse(lines[lines.length - 1]!) as { digest: EdgeDigest; tsv: string | null; buildCpuSeconds: number };
  return {
    buildSeconds: timing.build_s!,
    buildCpuSeconds: round(digest.buildCpuSeconds),
    loadSeconds: timing.load_s!,
    wallSeconds,
    peakRssMb: timing.maxrss_mb!,
    nodes: timing.nodes!,
    edges: timing.edges!,
    pairIterations: timing.pair_iterations!,
    digest: digest.digest,
    tsv: digest.tsv,
  };
}

// ---------------------------------------------------------------- tokscope (child process)

function digestOf(data: NetworkData): EdgeDigest {
  const lanes = [0, 0, 0, 0];
  let total = 0;
  const { src, dst, weight } = data.edges;
  for (let i = 0; i < src.length; i++) {
    let a = data.ids[src[i]!]!;
    let b = data.ids[dst[i]!]!;
    if (b < a) [a, b] = [b, a];
    const h = createHash('md5').update(`${a}\t${b}\t${weight[i]}`).digest();
    for (let k = 0; k < 4; k++) lanes[k] = (lanes[k]! + h.readUInt32LE(4 * k)) >>> 0;
    total += weight[i]!;
  }
  return { count: src.length, totalWeight: total, lanes };
}

function exactDiff(data: NetworkData, tsv: string) {
  const ours = new Map<string, number>();
  const { src, dst, weight } = data.edges;
  for (let i = 0; i < src.length; i++) {
    let a = data.ids[src[i]!]!;
    let b = data.ids[dst[i]!]!;
    if (b < a) [a, b] = [b, a];
    ours.set(`${a}\t${b}`, weight[i]!);
  }
  let missing = 0;
  let weightDiffers = 0;
  const examples: string[] = [];
  for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
    if (!line) continue;
    const cut = line.lastIndexOf('\t');
    const key = line.slice(0, cut);
    const w = Number(line.slice(cut + 1));
    const mine = ours.get(key);
    if (mine === undefined) missing++;
    else if (mine !== w) weightDiffers++;
    if ((mine === undefined || mine !== w) && examples.length < 5) examples.push(`${key}: reference ${w}, tokscope ${mine ?? 'absent'}`);
    ours.delete(key);
  }
  return { missing, extra: ours.size, weightDiffers, examples };
}

interface ChildRequest {
  study: string;
  options: NetworkOptions;
  /** Builds before the timed ones (JIT warm-up; the app process builds many times). */
  warmups: number;
  runs: number;
  reference?: { digest: EdgeDigest; tsv: string | null };
  view?: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function childMain(request: ChildRequest): void {
  const db = openStudyDb(request.study, { readonly: true });
  const wall: number[] = [];
  const cpu: number[] = [];
  let data: NetworkData | null = null;
  let viewSeconds: number | null = null;
  // One collection of the module-loading garbage up front. Not between runs: a forced full GC
  // throws away compiled code and type feedback, so every run would start half-cold again.
  (globalThis as { gc?: () => void }).gc?.();
  for (let run = 0; run < request.warmups + request.runs; run++) {
    data = null;
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    data = buildNetwork(db, request.options);
    if (request.view) {
      const v = performance.now();
      renderSubgraph(data, 'bench');
      viewSeconds = (performance.now() - v) / 1000;
    }
    wall.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
  }
  const timedWall = wall.slice(request.warmups);
  const timedCpu = cpu.slice(request.warmups);
  const result: Record<string, unknown> = {
    seconds: round(median(timedWall)),
    cpuSeconds: round(median(timedCpu)),
    firstRunSeconds: round(wall[0]!),
    firstRunCpuSeconds: round(cpu[0]!),
    runs: wall.map(round),
    nodes: data!.summary.nodes,
    edges: data!.summary.edges,
    totalWeight: data!.summary.totalWeight,
    ignoredGroups: data!.summary.ignoredGroups,
    counts: data!.summary.counts,
    ...(viewSeconds !== null ? { viewSeconds: round(viewSeconds) } : {}),
  };
  if (request.reference) {
    const digest = digestOf(data!);
    const identical =
      digest.count === request.reference.digest.count &&
      digest.totalWeight === request.reference.digest.totalWeight &&
      digest.lanes.every((l, i) => l === request.reference!.digest.lanes[i]);
    result.identical = identical;
    if (!identical && request.reference.tsv) result.diff = exactDiff(data!, request.reference.tsv);
  }
  result.peakRssMb = peakRssMb();
  db.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(request: ChildRequest): Record<string, unknown> {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--child', JSON.stringify(request)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) return { error: `tokscope build failed (exit ${r.status})` };
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  return { ...out, processSeconds: round((performance.now() - started) / 1000) };
}

// ---------------------------------------------------------------- the benchmark

const round = (x: number) => Math.round(x * 1000) / 1000;

function args() {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '10000,30000').split(',').map(Number),
    with100k: !argv.includes('--no-100k'),
    with1m: !argv.includes('--no-1m'),
  };
}

async function compareWithReference(kind: 'sound' | 'hashtag', n: number) {
  const csv = await ensureBenchCsv(n);
  const study = await ensureBenchStudy(n);
  log(`${kind} ${n}: reference (pandas + networkx)…`);
  const reference = runReference(kind, csv, n);
  if ('error' in reference) {
    log(reference.error);
    return { kind, posts: n, error: reference.error };
  }
  log(`${kind} ${n}: reference build ${reference.buildSeconds} s, ${reference.edges} edges; tokscope…`);
  const tokscope = runChild({
    study,
    options: { ...DEFAULT_NETWORK_OPTIONS, kind },
    warmups: n >= 100_000 ? 1 : 4,
    runs: 5,
    reference: { digest: reference.digest, tsv: reference.tsv },
  });
  if (reference.tsv) fs.rmSync(reference.tsv, { force: true });
  const seconds = tokscope.seconds as number;
  log(
    `${kind} ${n}: tokscope ${seconds} s (first run ${String(tokscope.firstRunSeconds)} s), identical=${String(tokscope.identical)}, ` +
      `×${round(reference.buildSeconds / seconds)} wall, ×${round(reference.buildCpuSeconds / (tokscope.cpuSeconds as number))} CPU`,
  );
  return {
    kind,
    posts: n,
    reference: {
      buildSeconds: reference.buildSeconds,
      buildCpuSeconds: reference.buildCpuSeconds,
      loadSeconds: reference.loadSeconds,
      processSeconds: round(reference.wallSeconds),
      peakRssMb: reference.peakRssMb,
      nodes: reference.nodes,
      edges: reference.edges,
      pairIterations: reference.pairIterations,
    },
    tokscope,
    identical: tokscope.identical,
    speedup: round(reference.buildSeconds / seconds),
    speedupCpu: round(reference.buildCpuSeconds / (tokscope.cpuSeconds as number)),
    speedupFirstRun: round(reference.buildSeconds / (tokscope.firstRunSeconds as number)),
    speedupProcess: round(reference.wallSeconds / (tokscope.processSeconds as number)),
  };
}

async function largeNetworks() {
  const n = 1_000_000;
  const study = await ensureBenchStudy(n);
  const cases: Array<{ label: string; kind: NetworkKind; options: Partial<NetworkOptions> }> = [
    { label: 'sound, max-group 100, min-weight 2', kind: 'sound', options: { maxGroup: 100, minWeight: 2 } },
    { label: 'sound, max-group 100, backbone 0.05', kind: 'sound', options: { maxGroup: 100, backbone: 0.05 } },
    { label: 'hashtag, max-group 100, min-weight 2', kind: 'hashtag', options: { maxGroup: 100, minWeight: 2 } },
    { label: 'hashtag, max-group 100, min-weight 2, backbone 0.05', kind: 'hashtag', options: { maxGroup: 100, minWeight: 2, backbone: 0.05 } },
    { label: 'cohashtag, max-group 1000', kind: 'cohashtag', options: { maxGroup: 1000 } },
    { label: 'mention', kind: 'mention', options: {} },
  ];
  const out = [];
  for (const c of cases) {
    log(`1M ${c.label}…`);
    // Two runs: the first is reported as the cold time (fresh process, study pages maybe not cached).
    const r = runChild({ study, options: { ...DEFAULT_NETWORK_OPTIONS, kind: c.kind, ...c.options }, warmups: 0, runs: 2, view: true });
    log(`1M ${c.label}: ${String(r.seconds)} s (first run ${String(r.firstRunSeconds)} s), ${String(r.edges)} edges`);
    out.push({ label: c.label, posts: n, ...r, under10s: (r.firstRunSeconds as number) < 10 });
  }
  return out;
}

async function main(): Promise<void> {
  const a = args();
  const started = performance.now();
  const comparisons = [];
  for (const n of a.sizes) for (const kind of ['sound', 'hashtag'] as const) comparisons.push(await compareWithReference(kind, n));
  if (a.with100k) comparisons.push(await compareWithReference('sound', 100_000));
  const large = a.with1m ? await largeNetworks() : [];
  const ok = comparisons.filter((c) => 'speedup' in c);
  const result = {
    benchmark: 'networks',
    command: `npm run bench:networks${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, totalMemGb: Math.round(os.totalmem() / 2 ** 30) },
    method:
      'speedup = reference build_s (its own perf_counter span around the nested loops; CSV load excluded) / Tokscope build wall time (median of 5 after 4 warm-up builds in the same process — 1 at 100k — from the study: read the filtered posts, count edges, resolve ids and labels). speedupCpu uses CPU seconds of the same spans (robust to other load on the machine); speedupFirstRun uses the first, cold build of a fresh process (JIT not warm; what a one-shot CLI call pays); speedupProcess compares whole processes (Python start + pandas import + CSV load vs Node start + study open + 5–9 builds). identical = same node pairs and weights (multiset hash of every edge; exact diff on mismatch).',
    comparisons,
    large,
    targets: {
      speedupAtLeast20: ok.length > 0 && ok.every((c) => (c.speedup as number) >= 20),
      identicalEdgeLists: ok.length > 0 && ok.every((c) => c.identical === true),
      capped1mUnder10s: large.length > 0 ? large.every((l) => l.under10s) : null,
    },
    totalSeconds: round((performance.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[2] === '--child') childMain(JSON.parse(process.argv[3]!) as ChildRequest);
else await main();
