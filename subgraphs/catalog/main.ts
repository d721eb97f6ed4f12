import { loadConfig } from '../shared/config.js';
import { listen, runService } from '../shared/server.js';
import { createCatalogApp } from './index.js';

runService(async () => {
  const config = loadConfig();
  return listen(await createCatalogApp(config), config.portOf('catalog'));
});
