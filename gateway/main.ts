import { runService } from '../core/service.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './index.js';

runService(() => startGateway(loadGatewayConfig()));
