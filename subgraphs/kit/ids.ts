// Global ids: `<subgraph>:<native key>`, stable across restarts; the streamer is recovered from the prefix.

export function movieId(subgraph: string, key: number): string {
  return `${subgraph}:${key}`;
}

export function parseMovieId(id: string): { subgraph: string; key: number } | undefined {
  const match = /^([a-z][a-z0-9]*):(\d{1,15})$/.exec(id);
  return match ? { subgraph: match[1]!, key: Number(match[2]) } : undefined;
}
