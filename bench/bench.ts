// `npm run bench [-- --records N] [--quick] [--json FILE] [--rounds R] [--seconds S]`
//
// Side by side (issue #9): write native stores of N records per streamer (default 100,000) in a
// temporary DATA_DIR, build our services (`npm run build`: they run compiled, as `npm start` runs
// them), start the streamer and catalog subgraphs once, each in its own process, then
// three gateways over them, each in its own process too: ours, Hive Gateway and a stock
// @apollo/gateway. Every read workload runs against every gateway in turn, interleaved over several
// rounds (so that a slow moment of the machine falls on all of them), at 32 connections; captures
// run through ours next to raw writes on the same disk; start-up time and memory of every process
// are taken at N records and at 250,000. Prints one table and the ratios; asserts nothing.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signUserToken } from '../core/auth.js';
import { distDir, repoRoot } from '../core/paths.js';
import { subgraphNames } from '../subgraphs/registry.js';
import { measureCaptures, type Measured } from './captures.js';
import { pool, run, type Sample } from './load.js';
import { baseEnv, buildOurServices, ensurePeersInstalled, gatewayNames, gatewaySpec, longInternalToken, proofHeaders, type GatewayName } from './peers.js';
import { freePort, memoryOf, startChild, type Child } from './processes.js';
import { measureIndexPages } from './indexPage.js';
import { goals, printStartup, printTable, ratios, toRow, type Row, type StartupRow } from './report.js';
import { writeStores } from './stores.js';
import { compareAnswers, type Target } from './verify.js';
import { readWorkloads, sameTermScenario } from './workloads.js';

const { values, positionals } = parseArgs({
  options: {
    records: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
  },
  allowPositionals: true,
});
const records = Number(values.records ?? positionals[0] ?? 100_000);
const quick = values.quick;
const settings = {
  connections: 32,
  rounds: Number(values.rounds ?? (quick ? 2 : 3)),
  /** Per round, per workload, per target. */
  seconds: Number(values.seconds ?? (quick ? 1 : 5)),
  /** One untimed run per workload and target before the first round (JIT, plan caches, connections). */
  warmupSeconds: quick ? 0.25 : 1,
  /** 1,000-record batches per store: each takes seconds (the whole store is rewritten, for JSON). */
  batches: quick ? 1 : 5,
  captureSeconds: quick ? 1 : 5,
  /** The second size, for start-up and memory only. */
  largeRecords: quick || records === 250_000 ? undefined : 250_000,
};
if (!Number.isInteger(records) || records < 1 || !(settings.rounds >= 1) || !(settings.seconds > 0)) {
  console.error('Usage: npm run bench -- [--records N] [--quick] [--json FILE] [--rounds R] [--seconds S]');
  process.exit(2);
}

const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  platform: `${os.type()} ${os.release()}`,
  node: process.version,
};
const loadAverage = { start: os.loadavg(), end: [] as number[] };
const formatLoad = (load: number[]) => load.map((value) => value.toFixed(2)).join(' ');
console.log(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB memory, ${machine.platform}, Node ${machine.node}`);
console.log(`load average at start (1, 5, 15 min): ${formatLoad(loadAverage.start)}`);
console.log(
  `${records.toLocaleString('en')} records per streamer; ${settings.rounds} rounds of ${settings.seconds} s per workload and target at ${settings.connections} connections` +
    (quick ? ' (--quick)' : ''),
);

const rows: Row[] = [];
let largeSearchP50Ms: number | undefined;
const startup: StartupRow[] = [];
const warnings: string[] = [];

/** A GraphQL POST that counts as a successful answer: 200, data, no errors. */
async function answers(url: string, headers: Record<string, string>, query: string): Promise<boolean> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(5000) });
  if (response.status !== 200) return false;
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  return Boolean(json.data) && !json.errors;
}

interface Graph {
  dataDir: string;
  subgraphs: Child[];
  subgraphUrls: Map<string, string>;
  gateways: Map<GatewayName, Child>;
  peerToken: string;
  stop(): Promise<void>;
}

/**
 * Write the stores and start every subgraph, then every gateway, one at a time (so that each
 * start-up time is its own, not a share of two cores), recording each one's start-up and memory.
 */
async function startGraph(root: string, size: number): Promise<Graph> {
  const dataDir = path.join(root, `records-${size}`);
  const written = performance.now();
  await writeStores(dataDir, size);
  console.log(`\nwrote ${size.toLocaleString('en')} records per streamer in ${((performance.now() - written) / 1000).toFixed(1)} s to ${dataDir}`);
  // The keys every process of this DATA_DIR shares, made once before any of them starts.
  const keys = ensureLocalKeys(dataDir);
  const peerToken = await longInternalToken(keys.internalSecret);
  const proof = proofHeaders(peerToken);
  const subgraphs: Child[] = [];
  const gateways = new Map<GatewayName, Child>();
  const subgraphUrls = new Map<string, string>();
  const children = () => [...subgraphs, ...gateways.values()];
  const graph: Graph = {
    dataDir,
    subgraphs,
    subgraphUrls,
    gateways,
    peerToken,
    stop: async () => void (await Promise.allSettled(children().map((child) => child.stop()))),
  };
  const record = (child: Child) => {
    startup.push({ records: size, process: child.name, startMs: child.startMs, rssMb: memoryOf(child.pid).rssMb, peakRssMb: NaN });
    console.log(`  ${child.name.padEnd(10)} answered ${child.startMs.toFixed(0).padStart(6)} ms after start`);
  };
  try {
    // The streamers first (the registry's order ends with the catalog): the catalog is told where they are.
    for (const name of subgraphNames) {
      const port = await freePort();
      const env: Record<string, string> = { ...baseEnv(), DATA_DIR: dataDir, [`${name.toUpperCase()}_PORT`]: String(port) };
      for (const [other, url] of subgraphUrls) env[`${other.toUpperCase()}_URL`] = url;
      const child = await startChild({
        name,
        command: process.execPath,
        args: [path.join(distDir, 'subgraphs/main.js'), name],
        cwd: repoRoot,
        env,
        url: `http://127.0.0.1:${port}/`,
        probe: (url) => answers(url, proof, '{ __typename }'),
      });
      subgraphs.push(child);
      subgraphUrls.set(name, child.url);
      record(child);
    }
    for (const name of gatewayNames) {
      const spec = gatewaySpec(name, {
        dataDir,
        port: await freePort(),
        subgraphUrls,
        peerToken,
        // A real answer, from a subgraph through the gateway: not only the gateway's own floor.
        probe: (url) => answers(url, {}, '{ pearTvFilms(first: 1) { totalCount } }'),
      });
      try {
        const child = await startChild(spec);
        gateways.set(name, child);
        record(child);
      } catch (err) {
        // A peer that will not start is reported, and the bench goes on without it.
        const message = `${name} gateway did not start at ${size.toLocaleString('en')} records: ${(err as Error).message}`;
        warnings.push(message.split('\n').slice(0, 12).join('\n'));
        console.log(`  !! ${message.split('\n')[0]}`);
      }
    }
    return graph;
  } catch (err) {
    await graph.stop();
    throw err;
  }
}

/** Failed answers are counted in the table; the first one of each row says why. */
function warnFailures(measured: Measured[]): void {
  for (const { scenario, target, sample } of measured) {
    if (sample.errors > 0) warnings.push(`${scenario} (${target}): ${sample.errors} failed, the first: ${sample.firstError ?? 'no answer'}`);
  }
}

/** The peak memory every process reached, written into its start-up row. */
function recordPeaks(graph: Graph, size: number): void {
  for (const child of [...graph.subgraphs, ...graph.gateways.values()]) {
    const row = startup.find((r) => r.records === size && r.process === child.name);
    if (row) row.peakRssMb = memoryOf(child.pid).peakMb;
  }
}

async function measureReads(graph: Graph): Promise<Measured[]> {
  const gatewayTargets: Target[] = [...graph.gateways].map(([name, child]) => ({ name, url: child.url, headers: {} }));
  const direct: Target = { name: 'peartv subgraph', url: graph.subgraphUrls.get('peartv')!, headers: proofHeaders(graph.peerToken) };
  const targetsOf = (direct_: boolean) => (direct_ ? [direct] : gatewayTargets);
  console.log('\nchecking that every target answers the same ...');
  for (const workload of readWorkloads) {
    // The direct list is checked against our gateway's answer to the same query.
    const found = await compareAnswers(workload, workload.direct ? [...gatewayTargets.slice(0, 1), direct] : gatewayTargets);
    for (const warning of found) console.log(`  !! ${warning}`);
    warnings.push(...found);
  }
  const samples = new Map<string, Sample[]>();
  const once = (workload: (typeof readWorkloads)[number], target: Target, seconds: number) =>
    run({ url: target.url, headers: target.headers, body: workload.body, connections: settings.connections, seconds });
  console.log('warming up ...');
  for (const workload of readWorkloads) for (const target of targetsOf(Boolean(workload.direct))) await once(workload, target, settings.warmupSeconds);
  for (let round = 0; round < settings.rounds; round++) {
    console.log(`round ${round + 1} of ${settings.rounds} ...`);
    for (const workload of readWorkloads) {
      const targets = targetsOf(Boolean(workload.direct));
      // Who goes first changes every round.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
      for (const target of order) {
        const key = `${workload.scenario}\n${target.name}`;
        samples.set(key, [...(samples.get(key) ?? []), await once(workload, target, settings.seconds)]);
      }
    }
  }
  return readWorkloads.flatMap((workload) =>
    targetsOf(Boolean(workload.direct)).map((target) => ({
      scenario: workload.scenario,
      target: target.name,
      sample: pool(samples.get(`${workload.scenario}\n${target.name}`) ?? []),
    })),
  );
}

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'movies-bench-'));
try {
  ensurePeersInstalled();
  buildOurServices();
  const graph = await startGraph(root, records);
  try {
    const reads = await measureReads(graph);
    rows.push(...reads.map(toRow));
    warnFailures(reads);
    const ours = graph.gateways.get('ours');
    if (ours) {
      console.log('captures through our gateway, and raw writes on the same disk ...');
      const writer = await signUserToken(ensureLocalKeys(graph.dataDir).userSecret, { subject: 'bench', scopes: ['capture:*'] }, '2h');
      const measured = await measureCaptures({
        gatewayUrl: ours.url,
        writer,
        dataDir: graph.dataDir,
        batches: settings.batches,
        seconds: settings.captureSeconds,
        connections: settings.connections,
      });
      rows.push(...measured.map(toRow));
      warnFailures(measured);
    } else {
      warnings.push('our gateway did not start: no captures measured');
    }
    recordPeaks(graph, records);
  } finally {
    await graph.stop();
  }
  if (settings.largeRecords) {
    const large = await startGraph(root, settings.largeRecords);
    recordPeaks(large, settings.largeRecords);
    const ours = large.gateways.get('ours');
    if (ours) {
      const search = readWorkloads.find((workload) => workload.scenario === sameTermScenario)!;
      const sample = await run({ url: ours.url, headers: {}, body: search.body, connections: settings.connections, seconds: settings.seconds });
      largeSearchP50Ms = toRow({ scenario: sameTermScenario, target: 'ours', sample }).p50Ms;
    }
    await large.stop();
  }
} finally {
  await fs.rm(root, { recursive: true, force: true });
}

console.log('one streamer\'s page with titleContains and totalCount, in-process ...');
const indexPages = measureIndexPages(records);
loadAverage.end = os.loadavg();
console.log('');
printTable(rows);
console.log('');
printStartup(startup);
console.log('\nratios (ours ÷ theirs: rps above 1 and p50 below 1 favour ours)');
const ratioLines = ratios(rows);
for (const line of ratioLines) console.log(`  ${line}`);
for (const row of rows.filter((r) => r.scenario.startsWith('capture batch'))) {
  console.log(`  ${row.scenario}: ${(row.rps * 1000).toFixed(0)} records/s`);
}
console.log(`\nin-process page of 20 with totalCount at ${records.toLocaleString('en')} records`);
for (const page of indexPages) console.log(`  titleContains ${JSON.stringify(page.term).padEnd(16)} p50 ${page.p50Ms.toFixed(3)} ms`);
if (largeSearchP50Ms !== undefined) console.log(`searchMovies "Dragon" p50 through our gateway at ${settings.largeRecords?.toLocaleString('en')} records: ${largeSearchP50Ms.toFixed(2)} ms`);
const goalLines = goals({ rows, startup, indexPages, largeSearchP50Ms, records, largeRecords: settings.largeRecords });
console.log('\ngoals (issue #9)');
for (const line of goalLines) console.log(`  ${line}`);
if (warnings.length > 0) {
  console.log('\nwarnings');
  for (const warning of warnings) console.log(`  !! ${warning}`);
}
console.log(`\nmachine: ${machine.cores} cores, ${machine.memoryGb} GB; load average at start ${formatLoad(loadAverage.start)}, at end ${formatLoad(loadAverage.end)}`);
if (values.json) {
  const finite = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(3)) : null);
  const json = {
    machine,
    loadAverage,
    settings: { records, ...settings },
    rows: rows.map((row) => ({ ...row, rps: finite(row.rps), p50Ms: finite(row.p50Ms), p99Ms: finite(row.p99Ms) })),
    startup: startup.map((row) => ({ ...row, startMs: finite(row.startMs), rssMb: finite(row.rssMb), peakRssMb: finite(row.peakRssMb) })),
    ratios: ratioLines,
    indexPages,
    largeSearchP50Ms,
    goals: goalLines,
    warnings,
  };
  await fs.writeFile(values.json, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
