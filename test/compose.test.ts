// The supergraph is composed ahead of time from the registry; the shared SDL is in every streamer's subgraph.
import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeAll, staleFiles, subgraphSdlFile, supergraphFile } from '../schema/compose.js';
import { catalogStubs } from '../subgraphs/kit/sdl.js';
import { streamers } from '../subgraphs/registry.js';
import { schemaDir } from '../core/paths.js';

function definitionNamed(sdl: string, name: string): string | undefined {
  const node = parse(sdl).definitions.find((d: DefinitionNode) => 'name' in d && d.name?.value === name);
  return node && print(node);
}

describe('npm run compose', () => {
  it('has written the current supergraph and subgraph schemas (run `npm run compose` when this fails)', () => {
    expect(staleFiles(composeAll().files)).toEqual([]);
  });

  it('notices a stale file', () => {
    const { files } = composeAll();
    files.set(supergraphFile, `${files.get(supergraphFile)}\n# changed\n`);
    expect(staleFiles(files)).toEqual([path.relative(path.resolve(schemaDir, '..'), supergraphFile)]);
  });

  it('composes with the catalog stubs resolved by their owners only', () => {
    const supergraph = fs.readFileSync(supergraphFile, 'utf8');
    for (const { api } of streamers) {
      expect(catalogStubs(streamers)).toContain(`type ${api.entityType} implements Movie @key(fields: "id", resolvable: false)`);
      expect(supergraph).toMatch(new RegExp(`type ${api.entityType} implements Movie[^{]*@join__type\\(graph: CATALOG, key: "id", resolvable: false\\)`));
    }
  });
});

describe('the shared Movie interface', () => {
  const source = definitionNamed(fs.readFileSync(path.join(schemaDir, 'movie.graphql'), 'utf8'), 'Movie');

  it.each(streamers.map((s) => s.subgraph))('is declared in the %s subgraph exactly as in schema/movie.graphql', (name) => {
    expect(source).toBeDefined();
    expect(definitionNamed(fs.readFileSync(subgraphSdlFile(name), 'utf8'), 'Movie')).toBe(source);
  });

  it('is implemented with every field by each streamer entity type', () => {
    const fields = (parse(fs.readFileSync(path.join(schemaDir, 'movie.graphql'), 'utf8')).definitions[0] as any).fields.map(
      (f: any) => `${f.name.value}: ${print(f.type)}`,
    );
    for (const { subgraph, api } of streamers) {
      const type = parse(fs.readFileSync(subgraphSdlFile(subgraph), 'utf8')).definitions.find(
        (d: any) => d.kind === 'ObjectTypeDefinition' && d.name?.value === api.entityType,
      ) as any;
      const own = type.fields.map((f: any) => `${f.name.value}: ${print(f.type)}`);
      expect(own).toEqual(expect.arrayContaining(fields));
    }
  });
});
