import { loadConfig } from '../shared/config.js';
import { listen, runService } from '../shared/server.js';
import { createPearTvApp } from './index.js';

runService(async () => {
  const config = loadConfig();
  return listen(await createPearTvApp(config), config.portOf('peartv'));
});
