import { loadConfig } from '../subgraphs/shared/config.js';
import { runService } from '../subgraphs/shared/server.js';
import { startGateway } from './index.js';

runService(async () => {
  const config = loadConfig();
  return startGateway(config, config.portOf('gateway'));
});
