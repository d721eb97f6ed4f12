// `npm start`: every subgraph in the registry and the gateway, each in its own process (as they
// would run on separate hosts), with one prefixed log. A service that stops leaves the others up.
import concurrently from 'concurrently';
import { subgraphNames } from '../subgraphs/registry.js';
import { repoRoot } from '../core/paths.js';

const node = `"${process.execPath}" --import tsx`;
const { result } = concurrently(
  [
    ...subgraphNames.map((name) => ({ name, command: `${node} subgraphs/main.ts ${name}` })),
    { name: 'gateway', command: `${node} gateway/main.ts` },
  ],
  { cwd: repoRoot, prefix: 'name', padPrefix: true },
);

result.then(
  () => process.exit(0),
  () => process.exit(1),
);
