// Each streamer subgraph on its own, through executeOperation: lists, lookups and `_entities`.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MovieIndex } from '../subgraphs/kit/movieIndex.js';
import type { SubgraphApp } from '../subgraphs/kit/server.js';
import { streamers } from '../subgraphs/registry.js';
import { createStreamerApp, tempDataDir } from './support.js';

let dataDir: string;
const apps = new Map<string, SubgraphApp>();

beforeAll(async () => {
  dataDir = await tempDataDir();
  for (const { subgraph } of streamers) apps.set(subgraph, await createStreamerApp(subgraph, { DATA_DIR: dataDir, NODE_ENV: 'test' }));
});
afterAll(async () => {
  for (const app of apps.values()) {
    await app.close();
  }
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function run(name: string, query: string, variables?: Record<string, unknown>) {
  return (await apps.get(name)!.execute({ query, variables })) as { data?: any; errors?: any[] };
}

describe.each(streamers.map((streamer) => [streamer.subgraph, streamer] as const))('%s subgraph', (name, streamer) => {
  const { api } = streamer;
  const list = `query List($titleContains: String, $yearFrom: Int, $first: Int, $after: String) {
    list: ${api.list}(titleContains: $titleContains, yearFrom: $yearFrom, first: $first, after: $after) {
      totalCount edges { cursor node { id title year streamer } } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('lists every served movie in title order and pages through them one at a time', async () => {
    const all = (await run(name, list, { first: 100 })).data.list;
    expect(all.totalCount).toBe(all.edges.length);
    const titles = all.edges.map((e: any) => e.node.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    for (const { node } of all.edges) expect(node.streamer).toBe(streamer.name);

    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await run(name, list, { first: 1, after })).data.list;
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.edges.map((e: any) => e.node.id));
  });

  it('filters by title (ignoring case) and year', async () => {
    const all = (await run(name, list, { first: 100 })).data.list.edges.map((e: any) => e.node);
    const probe = all[0].title.slice(1, 4).toUpperCase();
    const found = (await run(name, list, { titleContains: probe, yearFrom: all[0].year, first: 100 })).data.list;
    const expected = all.filter((m: any) => m.title.toLowerCase().includes(probe.toLowerCase()) && m.year >= all[0].year);
    expect(found.edges.map((e: any) => e.node.id)).toEqual(expected.map((m: any) => m.id));
    expect(found.totalCount).toBe(expected.length);
  });

  it('looks a movie up by id, and answers null for an unknown one', async () => {
    const [first] = (await run(name, list, { first: 1 })).data.list.edges;
    const { data } = await run(name, `query($id: ID!) { hit: ${api.byId}(id: $id) { id title } miss: ${api.byId}(id: "${name}:999999") { id } }`, {
      id: first.node.id,
    });
    expect(data).toEqual({ hit: { id: first.node.id, title: first.node.title }, miss: null });
  });

  it('resolves _entities in the order asked, null for unknown ids, with one index read for the batch', async () => {
    const nodes = (await run(name, list, { first: 2 })).data.list.edges.map((e: any) => e.node);
    const representations = [nodes[1], { id: `${name}:424242` }, nodes[0], { id: 'other:1' }].map((n) => ({
      __typename: api.entityType,
      id: n.id,
    }));
    const reads = vi.spyOn(MovieIndex.prototype, 'getMany');
    const { data, errors } = await run(
      name,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${api.entityType} { id title } } }`,
      { representations },
    );
    expect(errors).toBeUndefined();
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(data._entities).toEqual([{ id: nodes[1].id, title: nodes[1].title }, null, { id: nodes[0].id, title: nodes[0].title }, null]);
  });

  it('refuses a page size over 100 and a foreign cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { after: 'bm90IGEgY3Vyc29y' }]) {
      const { errors } = await run(name, list, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('errors in production mode', () => {
  it('carry a code and no stack trace', async () => {
    const dir = await tempDataDir();
    const app = await createStreamerApp('peartv', { DATA_DIR: dir, NODE_ENV: 'production' });
    const result = await app.execute({ query: '{ pearTvFilms(first: 1000) { totalCount } }' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first', value: 1000 });
    await app.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
});
