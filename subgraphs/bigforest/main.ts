import { loadConfig } from '../shared/config.js';
import { listen, runService } from '../shared/server.js';
import { createBigForestApp } from './index.js';

runService(async () => {
  const config = loadConfig();
  return listen(await createBigForestApp(config), config.portOf('bigforest'));
});
