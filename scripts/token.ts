// `npm run token -- --scope capture:peartv [--scope ...] [--subject NAME] [--ttl 1h]`: print a bearer
// token signed with the gateway's HS256 secret (AUTH_SECRET, else the local key in DATA_DIR).
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signUserToken } from '../core/auth.js';
import { readDataDir } from '../core/config.js';

const usage = 'Usage: npm run token -- --scope capture:<streamer>|capture:* [--scope ...] [--subject NAME] [--ttl 1h]';

try {
  const { values } = parseArgs({
    options: {
      scope: { type: 'string', multiple: true, default: [] },
      subject: { type: 'string', default: 'local' },
      ttl: { type: 'string', default: '1h' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (process.env.AUTH_JWKS_FILE) throw new Error('AUTH_JWKS_FILE is set: tokens come from the holder of that key set, not from here');
  if (!/^\d+[smhd]$/.test(values.ttl)) throw new Error(`--ttl must be a number and s, m, h or d, like 1h (got "${values.ttl}")`);
  const secret = process.env.AUTH_SECRET || ensureLocalKeys(readDataDir(process.env)).userSecret;
  console.log(await signUserToken(secret, { subject: values.subject, scopes: values.scope }, values.ttl));
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
