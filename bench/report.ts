// What the bench prints and writes: one table of rows, the ratios read off it, start-up and memory.
import { percentile } from './load.js';
import type { Measured } from './captures.js';
import { directScenario, oneStreamerScenario, readWorkloads, sameTermScenario, trivialScenario } from './workloads.js';

export interface Row {
  scenario: string;
  target: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface StartupRow {
  records: number;
  process: string;
  startMs: number;
  /** Right after its first answer. */
  rssMb: number;
  /** The highest it reached while the bench ran (VmHWM). */
  peakRssMb: number;
}

export function toRow({ scenario, target, sample }: Measured): Row {
  return {
    scenario,
    target,
    rps: sample.seconds > 0 ? sample.requests / sample.seconds : NaN,
    p50Ms: percentile(sample.latencies, 0.5),
    p99Ms: percentile(sample.latencies, 0.99),
    errors: sample.errors,
  };
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

export function printTable(rows: Row[]): void {
  const scenarioWidth = Math.max(8, ...rows.map((row) => row.scenario.length));
  const targetWidth = Math.max(6, ...rows.map((row) => row.target.length));
  console.log(`${'scenario'.padEnd(scenarioWidth)}  ${'target'.padEnd(targetWidth)}  ${'rps'.padStart(8)}  ${'p50 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'errors'.padStart(6)}`);
  for (const row of rows) {
    console.log(
      `${row.scenario.padEnd(scenarioWidth)}  ${row.target.padEnd(targetWidth)}  ${fixed(row.rps, 1).padStart(8)}  ${fixed(row.p50Ms, 2).padStart(8)}  ${fixed(row.p99Ms, 2).padStart(8)}  ${String(row.errors).padStart(6)}`,
    );
  }
}

export function printStartup(rows: StartupRow[]): void {
  console.log(`${'records'.padStart(8)}  ${'process'.padEnd(10)}  ${'start ms'.padStart(9)}  ${'RSS MB'.padStart(7)}  ${'peak RSS MB'.padStart(11)}`);
  for (const row of rows) {
    console.log(
      `${row.records.toLocaleString('en').padStart(8)}  ${row.process.padEnd(10)}  ${fixed(row.startMs, 0).padStart(9)}  ${fixed(row.rssMb, 0).padStart(7)}  ${fixed(row.peakRssMb, 0).padStart(11)}`,
    );
  }
}

/** The comparisons the issue asks for, one line each. */
export function ratios(rows: Row[]): string[] {
  const find = (scenario: string, target: string) => rows.find((row) => row.scenario === scenario && row.target === target);
  const times = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  const lines: string[] = [];
  for (const peer of ['hive', 'stock']) {
    for (const { scenario, direct } of readWorkloads) {
      if (direct) continue;
      const ours = find(scenario, 'ours');
      const theirs = find(scenario, peer);
      lines.push(`ours vs ${peer.padEnd(5)} ${scenario.padEnd(40)} rps ${times(ours?.rps, theirs?.rps).padStart(7)}   p50 ${times(ours?.p50Ms, theirs?.p50Ms).padStart(7)}`);
    }
  }
  const direct = find(directScenario, 'peartv subgraph');
  for (const target of ['ours', 'hive', 'stock']) {
    lines.push(`one-streamer list p50, ${target.padEnd(5)} vs straight to the subgraph: ${times(find(oneStreamerScenario, target)?.p50Ms, direct?.p50Ms)}`);
  }
  for (const target of ['ours', 'hive', 'stock']) {
    lines.push(`search "Dragon" p50 vs { __typename } p50, ${target.padEnd(5)}: ${times(find(sameTermScenario, target)?.p50Ms, find(trivialScenario, target)?.p50Ms)}`);
  }
  return lines;
}

export interface GoalInputs {
  rows: Row[];
  startup: StartupRow[];
  indexPages: { term: string; p50Ms: number }[];
  /** Our same-term search p50 at the large size, when it was measured. */
  largeSearchP50Ms?: number;
  records: number;
  largeRecords?: number;
}

// What this design knows of the cost behind each goal, printed beside a goal that is not met.
const why = {
  newTerm: 'every gateway waits on the same catalog and streamer subgraphs for a term nobody asked before; the gateway adds little',
  sameTerm: 'both gateways share identical in-flight subgraph requests; the rest is noise between runs',
  hop: 'the gateway adds a parse, a plan and an HTTP hop to the subgraph\'s own time',
  search: 'a search is a catalog fetch, four streamer calls and four _entities fetches; the trivial query is answered locally',
  batch: 'store writes alone run at 60k-130k records/s in-process; the rest is GraphQL coercion of 1,000 inputs at gateway and subgraph, and two HTTP hops',
  single: 'a group commit costs four fsyncs (journal twice, data, capture log) and each capture waits for its group',
  startup: 'a streamer parses and validates its whole native file and builds its index before it answers',
  memory: 'each streamer keeps its records, their entities and its index in memory, in its own process',
  largeSearch: 'totalCount counts every match: a term in a quarter of the titles has 2.5 times as many to count at 250,000',
  indexPage: 'counting a common term walks every title that contains it',
};

/** Issue #9's goals, each with what this run measured and whether it is met. */
export function goals({ rows, startup, indexPages, largeSearchP50Ms, records, largeRecords }: GoalInputs): string[] {
  const find = (scenario: string, target: string) => rows.find((row) => row.scenario === scenario && row.target === target);
  const lines: string[] = [];
  const goal = (text: string, measured: number | undefined, met: (value: number) => boolean, unit: string, reason?: string) => {
    const value = measured !== undefined && Number.isFinite(measured) ? measured : undefined;
    const verdict = value === undefined ? 'NOT MEASURED' : met(value) ? 'MET' : 'NOT MET';
    lines.push(`${verdict.padEnd(12)} ${text}: ${value === undefined ? 'n/a' : `${value.toFixed(2)}${unit}`}`);
    if (verdict === 'NOT MET' && reason) lines.push(`${''.padEnd(12)} why: ${reason}`);
  };
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const newTerm = readWorkloads[1]!.scenario;
  goal('search, a new term each request: rps ≥ 2× Hive Gateway\'s', ratio(find(newTerm, 'ours')?.rps, find(newTerm, 'hive')?.rps), (v) => v >= 2, '×', why.newTerm);
  goal('search, a new term each request: rps ≥ 3× the stock gateway\'s', ratio(find(newTerm, 'ours')?.rps, find(newTerm, 'stock')?.rps), (v) => v >= 3, '×', why.newTerm);
  goal('search, the same term from every connection: rps ≥ Hive Gateway\'s', ratio(find(sameTermScenario, 'ours')?.rps, find(sameTermScenario, 'hive')?.rps), (v) => v >= 1, '×', why.sameTerm);
  goal('errors at 32 connections, ours, every workload', rows.filter((row) => row.target === 'ours').reduce((sum, row) => sum + row.errors, 0), (v) => v === 0, '');
  goal('one-streamer list p50 through our gateway ≤ 1.3× straight to the subgraph', ratio(find(oneStreamerScenario, 'ours')?.p50Ms, find(directScenario, 'peartv subgraph')?.p50Ms), (v) => v <= 1.3, '×', why.hop);
  goal('search p50 ≤ 4× the trivial query\'s p50, through our gateway', ratio(find(sameTermScenario, 'ours')?.p50Ms, find(trivialScenario, 'ours')?.p50Ms), (v) => v <= 4, '×', why.search);
  goal(`a page with titleContains and totalCount at ${records.toLocaleString('en')}, in-process, slowest term ≤ 2 ms`, Math.max(...indexPages.map((page) => page.p50Ms)), (v) => v <= 2, ' ms', why.indexPage);
  for (const row of rows.filter((r) => r.scenario.startsWith('capture batch'))) {
    const json = /oduflix|bigforest/.test(row.scenario);
    goal(`${row.scenario}: ≥ ${json ? '20,000' : '50,000'} records/s`, row.rps * 1000, (v) => v >= (json ? 20_000 : 50_000), ' records/s', why.batch);
  }
  for (const row of rows.filter((r) => r.scenario.startsWith('capture one'))) goal(`${row.scenario}: ≥ 1,000 captures/s`, row.rps, (v) => v >= 1000, '/s', why.single);
  if (largeRecords) {
    const large = startup.filter((row) => row.records === largeRecords && ['ccd', 'oduflix', 'bigforest', 'peartv', 'catalog', 'ours'].includes(row.process));
    goal(`every service ready within 5 s at ${largeRecords.toLocaleString('en')} records per streamer`, Math.max(...large.map((row) => row.startMs)) / 1000, (v) => v <= 5, ' s', why.startup);
    goal('all our processes together ≤ 1 GiB RSS at that size', large.reduce((sum, row) => sum + row.rssMb, 0), (v) => v <= 1024, ' MB', why.memory);
    goal(`search p50 at ${largeRecords.toLocaleString('en')} ≤ 1.5× at ${records.toLocaleString('en')}`, ratio(largeSearchP50Ms, find(sameTermScenario, 'ours')?.p50Ms), (v) => v <= 1.5, '×', why.largeSearch);
  }
  return lines;
}
