import { loadConfig } from '../shared/config.js';
import { listen, runService } from '../shared/server.js';
import { createCcdApp } from './index.js';

runService(async () => {
  const config = loadConfig();
  return listen(await createCcdApp(config), config.portOf('ccd'));
});
