// `npm run capture`: capture records from the terminal, for any streamer, until you quit.
// `npm run capture -- --streamer peartv --record '{"title": ...}'` (or --file record.json) for scripts:
// exit code 0 when stored (or already stored), 1 with the problems when refused.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { confirm, input, select } from '@inquirer/prompts';
import type { RecordJsonSchema } from '../../core/wire.js';
import { questionsFor, type Question } from '../captureFlow.js';
import { Communicate, CommunicateError, type CaptureResult, type StreamerInfo } from '../communicate.js';
import { clientToken, gatewayUrl } from '../config.js';
import { toInput } from '../inputs.js';

const usage = `Usage: npm run capture                  ask, streamer by streamer, field by field
       npm run capture -- --streamer <name> (--record <json> | --file <path>) [--url <gateway>] [--source cli]

Captures records through the gateway (GATEWAY_URL, default http://localhost:4000/). For a gateway on
this machine it signs its own token with the local key in DATA_DIR; elsewhere it sends MOVIES_TOKEN.
Exit status: 0 stored or already stored, 1 refused or failed, 2 wrong command line, 130 interrupted.`;

function readArguments() {
  try {
    return parseArgs({
      options: {
        streamer: { type: 'string' },
        record: { type: 'string' },
        file: { type: 'string' },
        url: { type: 'string' },
        source: { type: 'string', default: 'cli' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const values = readArguments();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const url = values.url ?? gatewayUrl();
const communicate = new Communicate({ url, token: await clientToken(url) });

function show(result: CaptureResult): void {
  const verdict = result.status === 'CREATED' ? 'Stored and confirmed' : 'Already stored (duplicate); nothing written';
  console.log(`\n${verdict}: ${result.record!.id}`);
  for (const [key, value] of Object.entries(result.record!)) {
    if (key !== 'capture') console.log(`  ${key.padEnd(14)} ${JSON.stringify(value)}`);
  }
}

async function ask(question: Question, reason?: string, previous?: string): Promise<string> {
  const message = reason ? `${question.message}\n  ✗ ${reason}\n ` : question.message;
  if (question.choices) {
    return select({ message, choices: question.choices.map((choice) => ({ name: choice, value: choice })), default: previous ?? question.default });
  }
  return input({ message, default: previous ?? question.default, validate: (answer) => question.check(answer) });
}

async function captureInteractively(streamers: StreamerInfo[]): Promise<void> {
  const remembered = new Map<string, Map<string, string>>();
  for (;;) {
    const streamer = await select({
      message: 'Which streamer do you capture for?',
      choices: [...streamers.map((s) => ({ name: `${s.name} (${s.storage})`, value: s as StreamerInfo | null })), { name: 'Quit', value: null }],
    });
    if (!streamer) return;
    const questions = questionsFor(streamer.schema as RecordJsonSchema, streamer.inputFields);
    const answers = remembered.get(streamer.subgraph) ?? new Map<string, string>();
    remembered.set(streamer.subgraph, answers);
    const reasons = new Map<string, string>();
    for (const question of questions) answers.set(question.field.name, await ask(question, undefined, answers.get(question.field.name)));

    for (;;) {
      console.log(`\n${streamer.name} record:`);
      for (const question of questions) console.log(`  ${question.field.name.padEnd(14)} ${answers.get(question.field.name)}`);
      if (!(await confirm({ message: 'Store this record?', default: true }))) break;
      const record = Object.fromEntries(questions.flatMap((q) => (answers.get(q.field.name) ? [[q.field.name, q.value(answers.get(q.field.name)!)]] : [])));
      try {
        show(await communicate.captureOne(streamer.subgraph, record, values.source!));
        break;
      } catch (err) {
        if (!(err instanceof CommunicateError) || err.problems.length === 0) throw err;
        // Ask again just the questions the service refused, each with its reason.
        console.log(`\nRefused: ${err.problems.length} problem(s).`);
        for (const problem of err.problems) reasons.set(problem.field.replace(/\[.*$/, ''), `${problem.message} (rule: ${problem.rule})`);
        for (const question of questions) {
          const reason = reasons.get(question.field.name);
          if (reason) answers.set(question.field.name, await ask(question, reason, answers.get(question.field.name)));
        }
        reasons.clear();
      }
    }
    if (!(await confirm({ message: 'Capture another record?', default: true }))) return;
  }
}

async function captureFromArguments(streamers: StreamerInfo[], given: Record<string, unknown>): Promise<number> {
  const streamer = streamers.find((s) => s.subgraph === values.streamer!.toLowerCase() || s.name.toLowerCase() === values.streamer!.toLowerCase());
  if (!streamer) {
    console.error(`No streamer named "${values.streamer}"; known: ${streamers.map((s) => s.subgraph).join(', ')}`);
    return 2;
  }
  // A --record is JSON: its values keep JSON's types, as in the stores' JSON files.
  const { input: record, problems } = toInput(given, streamer.inputFields, { schema: streamer.schema as RecordJsonSchema });
  if (!record) {
    console.error(`Refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  try {
    show(await communicate.captureOne(streamer.subgraph, record, values.source!));
    return 0;
  } catch (err) {
    if (!(err instanceof CommunicateError)) throw err;
    const details = err.problems.map((p) => `  - ${p.field} ${p.message} (rule: ${p.rule}, value: ${JSON.stringify(p.value)})`);
    console.error(details.length ? `Refused:\n${details.join('\n')}` : err.message);
    return 1;
  }
}

/** The record given on the command line, read before anything is sent. */
async function givenRecord(): Promise<Record<string, unknown> | undefined> {
  if (!values.streamer && !values.record && !values.file) return undefined;
  if (!values.streamer || !(values.record || values.file)) throw new UsageError(usage);
  const text = values.file ? await fs.readFile(values.file, 'utf8').catch((err: Error) => Promise.reject(new UsageError(err.message))) : values.record!;
  try {
    const record = JSON.parse(text) as unknown;
    if (typeof record === 'object' && record !== null && !Array.isArray(record)) return record as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new UsageError(`The record must be a JSON object, like '{"title": "Paddington", ...}'`);
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const given = await givenRecord().catch((err: Error) => {
    if (!(err instanceof UsageError)) throw err;
    console.error(err.message);
    return null;
  });
  if (given === null) return 2;
  const streamers = await communicate.streamers();
  if (given) return captureFromArguments(streamers, given);
  await captureInteractively(streamers);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    if (err.name === 'ExitPromptError') {
      // Ctrl-C at a prompt: what was confirmed before stays stored; the record being asked is not.
      console.error('\nInterrupted: nothing more stored.');
      process.exit(130);
    }
    console.error(err.message);
    process.exit(1);
  },
);
