// The clients' configuration: where the gateway is.
import { readServiceUrl, type Env } from '../core/config.js';

export const defaultGatewayPort = 4000;

export function gatewayUrl(env: Env = process.env): string {
  return readServiceUrl(env, 'gateway', defaultGatewayPort);
}
