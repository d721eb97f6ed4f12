import { runService } from '../core/service.js';
import { startTracing } from '../core/tracing.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './index.js';

startTracing('gateway', process.env);
runService(() => startGateway(loadGatewayConfig()), 'gateway');
