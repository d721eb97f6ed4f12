// Run one subgraph alone: `tsx subgraphs/main.ts <name>` (what `npm run start:<name>` does).
// Its port, DATA_DIR and the other services' URLs come from the environment (see .env.example).
import { runService } from '../core/service.js';
import { startTracing } from '../core/tracing.js';
import { createCatalogApp, loadCatalogConfig } from './catalog/index.js';
import { streamerApps } from './generated/wiring.js';
import { loadStreamerConfig } from './kit/config.js';
import { catalog, streamerNamed, subgraphNames } from './registry.js';

runService(async () => {
  const name = process.argv[2] ?? '';
  startTracing(name, process.env);
  if (name === catalog.name) {
    const config = loadCatalogConfig();
    return (await createCatalogApp(config)).listen(config.port, config.host);
  }
  const streamer = streamerNamed(name);
  const createApp = streamerApps[name];
  if (!streamer) throw new Error(`Usage: tsx subgraphs/main.ts <${subgraphNames.join('|')}>`);
  if (!createApp) throw new Error(`${name} is in the registry but not in subgraphs/generated/wiring.ts: run \`npm run codegen\``);
  const config = loadStreamerConfig(streamer.subgraph, streamer.port);
  return (await createApp(config)).listen(config.port, config.host);
}, process.argv[2]);
