// Run one subgraph alone: `tsx subgraphs/main.ts <name>` (what `npm run start:<name>` does).
// Its port, the other services' URLs and DATA_DIR come from the environment (see .env.example).
import { subgraphNames } from './registry.js';
import { loadConfig, type Config } from './shared/config.js';
import { listen, runService, type SubgraphApp } from './shared/server.js';

interface SubgraphModule {
  createApp(config: Config): Promise<SubgraphApp<any>>;
}

runService(async () => {
  const name = process.argv[2] ?? '';
  if (!subgraphNames.includes(name)) throw new Error(`Usage: tsx subgraphs/main.ts <${subgraphNames.join('|')}>`);
  const config = loadConfig();
  const { createApp } = (await import(`./${name}/index.js`)) as SubgraphModule;
  return listen(await createApp(config), config.portOf(name));
});
