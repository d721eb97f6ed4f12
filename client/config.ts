// The clients' configuration: where the gateway is, and the token they send.
import os from 'node:os';
import fs from 'node:fs';
import { localKeysFile, signUserToken, type LocalKeys } from '../core/auth.js';
import { readDataDir, readServiceUrl, type Env } from '../core/config.js';

export const defaultGatewayPort = 4000;

export function gatewayUrl(env: Env = process.env): string {
  return readServiceUrl(env, 'gateway', defaultGatewayPort);
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The bearer token a client sends: MOVIES_TOKEN when set; else, for a gateway on this machine whose
 * DATA_DIR holds the local keys (`npm start` made them), a short-lived capture token signed with them,
 * so the local CLI and ingest work with nothing set up. Undefined otherwise: reads stay anonymous.
 */
export async function clientToken(url: string, env: Env = process.env): Promise<string | undefined> {
  if (env.MOVIES_TOKEN) return env.MOVIES_TOKEN;
  const keysFile = localKeysFile(readDataDir(env));
  if (!loopback.has(new URL(url).hostname) || !fs.existsSync(keysFile)) return undefined;
  const { userSecret } = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as LocalKeys;
  return signUserToken(userSecret, { subject: `local:${os.userInfo().username}`, scopes: ['capture:*'] }, '1h');
}
