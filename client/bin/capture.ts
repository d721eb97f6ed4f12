// `npm run capture`: capture records from the terminal, for any streamer, until you quit.
// `npm run capture -- --streamer peartv --record '{"title": ...}'` (or --file record.json) for scripts:
// exit code 0 when stored (or already stored), 1 with the problems when refused.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { confirm, input, select } from '@inquirer/prompts';
import { recordField } from '../../core/problems.js';
import { describeProblem, type FieldProblem, type RecordJsonSchema } from '../../core/wire.js';
import { normaliseRecord, questionsFor, type Question } from '../captureFlow.js';
import { ClientErrorCode, Communicate, MoviesError, type CaptureResult, type StreamerInfo } from '../communicate.js';
import { clientToken, gatewayUrl } from '../config.js';
import { inputName, namedAsSent, sentNames, toInput } from '../inputs.js';

const usage = `Usage: npm run capture                  ask, streamer by streamer, field by field
       npm run capture -- --streamer <name> (--record <json> | --file <path>) [--url <gateway>] [--source cli]

The questions come from the streamer's schema as the service serves it; each answer is checked as
you type it, and what has one reading is tidied and said so (spaces around it, gb -> GB). Then:
Store, Edit a field, or Discard. A refused record shows every problem at once.

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
    if (key !== 'capture' && key !== '__typename') console.log(`  ${key.padEnd(14)} ${JSON.stringify(value)}`);
  }
}

/** `Refused: 2 problems:` and every problem, one a line, in the service's words. */
const refusal = (problems: FieldProblem[]) =>
  `Refused: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  ✗ ${describeProblem(problem)}`).join('\n')}`;

/** One answer: a choice for an enum, else typed text checked as it is typed; tidied, and said so. */
async function ask(question: Question, previous?: string): Promise<string> {
  if (question.choices) {
    return select({ message: question.message, choices: question.choices.map((choice) => ({ name: choice, value: choice })), default: previous ?? question.default });
  }
  const answer = await input({ message: question.message, default: previous ?? question.default, validate: (text) => question.check(text) });
  const { answer: tidied, note } = question.normalise(answer);
  if (note) console.log(`  ↳ ${note}`);
  return tidied;
}

type Next = 'store' | 'edit' | 'discard';

async function captureInteractively(streamers: StreamerInfo[]): Promise<void> {
  const remembered = new Map<string, Map<string, string>>();
  for (;;) {
    const streamer = await select({
      message: 'Which streamer do you capture for?',
      choices: [...streamers.map((s) => ({ name: `${s.name} (${s.storage})`, value: s as StreamerInfo | null })), { name: 'Quit', value: null }],
    });
    if (!streamer) return;
    // The questions come from what the service serves for this streamer: any streamer works.
    const questions = questionsFor(streamer.schema as RecordJsonSchema, streamer.inputFields);
    const answers = remembered.get(streamer.subgraph) ?? new Map<string, string>();
    remembered.set(streamer.subgraph, answers);
    for (const question of questions) answers.set(question.field.name, await ask(question, answers.get(question.field.name)));

    // The record, then Store / Edit a field / Discard until it is stored or discarded.
    // The fields the service refused last time, marked ✗ until edited.
    let refused = new Set<string>();
    const shown = (q: Question) => `${q.field.name.padEnd(14)} ${answers.get(q.field.name) ?? ''}${refused.has(q.field.name) ? '  ✗' : ''}`;
    for (;;) {
      console.log(`\n${streamer.name} record:`);
      for (const question of questions) console.log(`  ${shown(question)}`);
      const next = await select<Next>({
        message: 'Store this record?',
        choices: [
          { name: 'Store', value: 'store' },
          { name: 'Edit a field', value: 'edit' },
          { name: 'Discard', value: 'discard' },
        ],
        default: refused.size > 0 ? 'edit' : 'store',
      });
      if (next === 'discard') {
        console.log('Discarded: nothing stored.');
        break;
      }
      if (next === 'edit') {
        const question = await select({
          message: 'Which field?',
          choices: questions.map((q) => ({ name: shown(q), value: q })),
          default: questions.find((q) => refused.has(q.field.name)),
        });
        answers.set(question.field.name, await ask(question, answers.get(question.field.name)));
        refused.delete(question.field.name);
        continue;
      }
      const record = Object.fromEntries(questions.flatMap((q) => (answers.get(q.field.name) ? [[q.field.name, q.value(answers.get(q.field.name)!)]] : [])));
      try {
        show(await communicate.captureOne(streamer.subgraph, record, values.source!));
        break;
      } catch (err) {
        if (!(err instanceof MoviesError) || err.problems.length === 0) throw err;
        // Every problem the service found, at once; then back to the choices to fix them.
        console.log(`\n${refusal(err.problems)}`);
        refused = new Set(err.problems.map(recordField));
      }
    }
    if (!(await confirm({ message: 'Capture another record?', default: true }))) return;
  }
}

async function captureFromArguments(given: Record<string, unknown>): Promise<number> {
  const streamer = await communicate.streamer(values.streamer!).catch((err: Error) => {
    if (!(err instanceof MoviesError) || err.code !== ClientErrorCode.UnknownStreamer) throw err;
    console.error(err.message); // No streamer named "x"; known: ccd, ...
    return undefined;
  });
  if (!streamer) return 2;
  const schema = streamer.schema as RecordJsonSchema;
  // Named as the input names them, tidied where only one reading is possible (and said so), then
  // sent as it is: the service answers every problem at once. A --record is JSON: its values keep
  // JSON's types, as in the stores' JSON files.
  const named = Object.fromEntries(Object.entries(given).map(([name, value]) => [inputName(name, streamer.inputFields) ?? name, value]));
  const { input: tidied, notes } = normaliseRecord(questionsFor(schema, streamer.inputFields), named);
  for (const note of notes) console.log(`Normalised: ${note}`);
  const record = toInput(tidied, streamer.inputFields, { schema });
  try {
    show(await communicate.captureOne(streamer.subgraph, record, values.source!));
    return 0;
  } catch (err) {
    if (!(err instanceof MoviesError)) throw err;
    // Named as the record named them (`Year` in a native record, `year` in an input).
    console.error(err.problems.length ? refusal(namedAsSent(err.problems, sentNames(given, streamer.inputFields))) : err.message);
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
  if (given) return captureFromArguments(given);
  await captureInteractively(await communicate.streamers());
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
