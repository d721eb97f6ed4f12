// The one list of streamers: a streamer is its folder plus one line here. Everything else (its
// subgraph's generated SDL, the catalog's stubs, the supergraph, `npm start`, the catalog's search)
// is derived from this list. `npm run add-streamer` adds a line.
import { bigforest } from './bigforest/streamer.js';
import { ccd } from './ccd/streamer.js';
import type { Streamer } from './kit/definition.js';
import { oduflix } from './oduflix/streamer.js';
import { peartv } from './peartv/streamer.js';
// add-streamer: imports above

export const streamers: readonly Streamer[] = [
  ccd,
  oduflix,
  bigforest,
  peartv,
  // add-streamer: entries above
];

/** The catalog subgraph and the gateway, with their default ports. */
export const catalog = { name: 'catalog', port: 4005 } as const;
export const gateway = { name: 'gateway', port: 4000 } as const;

/** Every subgraph, in the order the supergraph lists them. */
export const subgraphNames: readonly string[] = [...streamers.map((s) => s.subgraph), catalog.name];

export function streamerNamed(subgraph: string): Streamer | undefined {
  return streamers.find((s) => s.subgraph === subgraph);
}
