import { loadConfig } from '../shared/config.js';
import { listen, runService } from '../shared/server.js';
import { createOduflixApp } from './index.js';

runService(async () => {
  const config = loadConfig();
  return listen(await createOduflixApp(config), config.portOf('oduflix'));
});
