// Before anything is timed, every target is asked each query once: the timings only compare like
// with like when they all answer the same data. A difference is reported, not fatal.
import type { ReadWorkload } from './workloads.js';

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

interface Answer {
  status: number;
  data: unknown;
  errors: unknown;
}

async function ask(target: Target, body: string): Promise<Answer> {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...target.headers }, body });
  const text = await response.text();
  try {
    const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
    return { status: response.status, data: json.data ?? null, errors: json.errors ?? null };
  } catch {
    return { status: response.status, data: null, errors: `not JSON: ${text.slice(0, 200)}` };
  }
}

/** Where two JSON values first differ, as a path and both values (cut short); undefined when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    for (const key of keys) {
      const difference = firstDifference(left[key], right[key], `${at}.${key}`);
      if (difference) return difference;
    }
    return undefined;
  }
  const show = (value: unknown) => (JSON.stringify(value) ?? 'undefined').slice(0, 120);
  return `${at}: ${show(a)} vs ${show(b)}`;
}

/**
 * Ask every target the workload's sample once; the first is the reference. Returns one warning per
 * target that answers differently (or with errors), and the reference's answer for the record.
 */
export async function compareAnswers(workload: ReadWorkload, targets: Target[]): Promise<string[]> {
  const warnings: string[] = [];
  const answers = await Promise.all(targets.map((target) => ask(target, workload.sample).catch((err: Error) => ({ status: 0, data: null, errors: err.message }))));
  answers.forEach((answer, i) => {
    const target = targets[i]!.name;
    if (answer.status !== 200 || answer.errors) {
      warnings.push(`${workload.scenario}: ${target} answered ${answer.status} with errors ${JSON.stringify(answer.errors).slice(0, 300)}`);
    }
    if (i === 0) return;
    const difference = firstDifference(answers[0]!.data, answer.data);
    if (difference) warnings.push(`${workload.scenario}: ${target}'s data differ from ${targets[0]!.name}'s at ${difference}`);
  });
  return warnings;
}
