// `npm start`: every subgraph in the registry and the gateway, each in its own process (as they
// would run on separate hosts), with one prefixed log. A service that stops leaves the others up.
// Compiled (dist/scripts/start.js, after `npm run build`) it runs the compiled services: plain node,
// nothing to compile at start-up; from source (tsx scripts/start.ts) it runs them through tsx.
import concurrently from 'concurrently';
import { ensureLocalKeys } from '../core/auth.js';
import { readDataDir } from '../core/config.js';
import { repoRoot } from '../core/paths.js';
import { subgraphNames } from '../subgraphs/registry.js';

// The local keys (user tokens, the gateway's proof), made once in DATA_DIR before any service reads them.
if (!process.env.AUTH_SECRET || !process.env.INTERNAL_SECRET) ensureLocalKeys(readDataDir(process.env));

const compiled = import.meta.filename.endsWith('.js');
// `exec`: the shell concurrently starts gives way to node, so signals (Ctrl-C, SIGTERM) reach the service.
const run = (module: string) =>
  compiled ? `exec "${process.execPath}" dist/${module}.js` : `exec "${process.execPath}" --import tsx ${module}.ts`;
// The services' stdout is a pipe to concurrently: ask for pino-pretty's lines when ours is a terminal.
const env = process.stdout.isTTY && !process.env.LOG_FORMAT ? { LOG_FORMAT: 'pretty' } : {};
const { result } = concurrently(
  [...subgraphNames.map((name) => ({ name, command: `${run('subgraphs/main')} ${name}`, env })), { name: 'gateway', command: run('gateway/main'), env }],
  // A service that crashes is started again, after 1 s, 2 s, 4 s … (concurrently says "… restarted").
  { cwd: repoRoot, prefix: 'name', padPrefix: true, restartTries: 10, restartDelay: 'exponential' },
);

result.then(
  () => process.exit(0),
  () => process.exit(1),
);
