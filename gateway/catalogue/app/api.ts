// The app's only way to the data: POST to the gateway's public GraphQL endpoint. Operations are
// built from what `streamers` says (each streamer's entity type and value fields), never from a
// list of streamers written here. The answers' types come from the API's generated types
// (client/generated/api.ts), so a field the API renames or drops fails the app's type check.
import type * as Api from '../../../client/generated/api';

/** A type of the API as an operation that selects its fields gets it: every field present (null where it may be), no __typename. */
type Selected<T> = T extends readonly (infer U)[] ? Selected<U>[] : T extends object ? { [K in Exclude<keyof T, '__typename'>]-?: Selected<Exclude<T[K], undefined>> } : T;

const config = JSON.parse(document.getElementById('catalogue-config')?.textContent ?? '{"endpoint":"/"}') as { endpoint: string };

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Answer<T> {
  data: T;
  /** Errors beside data: a streamer that did not answer, say. */
  errors: GraphQLError[];
}

/** A refusal or failure, in words for a person, with the service's code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The service cannot be reached.', 'UNREACHABLE');
  }
  const body = (await response.json().catch(() => undefined)) as { data?: T | null; errors?: GraphQLError[] } | undefined;
  if (!body) throw new ApiError(`The service answered ${response.status} without GraphQL JSON.`, 'BAD_RESPONSE');
  const errors = body.errors ?? [];
  if (body.data == null) {
    const first = errors[0];
    throw new ApiError(first?.message ?? `The service answered ${response.status} without data.`, first?.extensions?.code);
  }
  return { data: body.data, errors };
}

export type Streamer = Selected<Pick<Api.Streamer, 'name' | 'entityType' | 'entityFields' | 'storage' | 'recordCount' | 'offeredAs'>>;

/** A movie as the API returns it: the shared fields plus whatever its streamer's type has. */
export interface Movie {
  __typename: string;
  id: string;
  streamer: string;
  title: string;
  year: number | null;
  [field: string]: unknown;
}

const streamersQuery = 'query CatalogueStreamers { streamers { name entityType entityFields storage recordCount offeredAs } }';

export async function loadStreamers(): Promise<Streamer[]> {
  return (await graphql<{ streamers: Streamer[] }>(streamersQuery)).data.streamers;
}

/** Every streamer's own fields, as inline fragments on its entity type. */
export function movieFields(streamers: Streamer[]): string {
  const fragments = streamers.map((s) => `... on ${s.entityType} { ${s.entityFields.join(' ')} }`);
  return `__typename id streamer title year ${fragments.join(' ')}`;
}

export type OrderField = Api.MovieOrderField;
export type OrderDirection = Api.OrderDirection;
/** The orders in the form's order. */
export const orderFields: readonly OrderField[] = ['TITLE', 'YEAR', 'STARS', 'RENTAL', 'PURCHASE'];

/** searchMovies' arguments but the page's, as the search form and the address hold them. */
export type SearchArgs = Omit<Api.QuerySearchMoviesArgs, 'first' | 'after'>;

// The GraphQL type of each argument: only the arguments that are set are sent.
const argumentTypes: Record<keyof Api.QuerySearchMoviesArgs, string> = {
  query: 'String',
  streamers: '[String!]',
  country: 'String',
  classification: 'String',
  genre: 'String',
  minStars: 'Int',
  maxRental: 'Float',
  maxPurchase: 'Float',
  yearFrom: 'Int',
  yearTo: 'Int',
  orderBy: 'MovieOrder',
  first: 'Int',
  after: 'String',
};

export type SearchPage = Selected<Pick<Api.MovieConnection, 'totalCount' | 'pageInfo' | 'unavailableStreamers' | 'skippedStreamers'>> & { edges: { cursor: string; node: Movie }[] };

export async function searchMovies(streamers: Streamer[], args: SearchArgs, first: number, after?: string): Promise<Answer<{ searchMovies: SearchPage }>> {
  const variables: Record<string, unknown> = Object.fromEntries(
    Object.entries({ ...args, first, after }).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
  const names = Object.keys(variables) as (keyof typeof argumentTypes)[];
  const definitions = names.map((name) => `$${name}: ${argumentTypes[name]}`).join(', ');
  const passed = names.map((name) => `${name}: $${name}`).join(', ');
  const query = `query CatalogueSearch${definitions ? `(${definitions})` : ''} {
  searchMovies${passed ? `(${passed})` : ''} {
    totalCount
    edges { cursor node { ${movieFields(streamers)} } }
    pageInfo { hasNextPage endCursor }
    unavailableStreamers
    skippedStreamers { streamer reason }
  }
}`;
  return graphql(query, variables);
}

export async function movieById(streamers: Streamer[], id: string): Promise<Answer<{ movie: Movie | null }>> {
  return graphql(`query CatalogueMovie($id: ID!) { movie(id: $id) { ${movieFields(streamers)} } }`, { id });
}

export type WatchOffer = Selected<Omit<Api.WatchOffer, 'movie'>> & { movie: Selected<Pick<Api.Movie, 'id' | 'title' | 'year'>> };

export type WatchTitle = Selected<Pick<Api.WatchTitle, 'title' | 'year'>> & { offers: WatchOffer[]; cheapestRental: WatchOffer | null; cheapestPurchase: WatchOffer | null };

const offerFields = 'streamer offeredAs rental purchase stars classification movie { id title year }';

export async function whereToWatch(query: string, year?: number): Promise<Answer<{ whereToWatch: WatchTitle[] }>> {
  return graphql(
    `query CatalogueWhereToWatch($query: String!, $year: Int) {
  whereToWatch(query: $query, year: $year) {
    title year
    offers { ${offerFields} }
    cheapestRental { ${offerFields} }
    cheapestPurchase { ${offerFields} }
  }
}`,
    { query, year },
  );
}

export type StatsSummary = Selected<Api.StatsSummary>;
export type StatsGroup = Selected<Api.StatsGroup>;
type LoadCounts = Selected<Pick<Api.LoadReport, 'storedRecords' | 'servedRecords' | 'invalidRecords' | 'duplicateRecords'>>;

export type Stats = Selected<Pick<Api.Stats, 'totals' | 'groups' | 'unavailableStreamers'>> & {
  streamers: (Selected<Omit<Api.StreamerStats, 'loadReport'>> & { loadReport: LoadCounts | null })[];
};

export type Dashboard = Record<'decade' | 'stars' | 'country' | 'classification', Stats>;

const summaryFields = 'count meanStars rental { min mean max } purchase { min mean max }';
const statsFields = `totals { ${summaryFields} }
    groups { key summary { ${summaryFields} } }
    streamers { streamer summary { ${summaryFields} } groups { key summary { ${summaryFields} } }
      loadReport { storedRecords servedRecords invalidRecords duplicateRecords } }
    unavailableStreamers`;

/** The dashboard's numbers in one request: the same statistics grouped four ways. */
export async function dashboardStats(streamers?: string[]): Promise<Answer<Dashboard>> {
  const grouped = (alias: string, groupBy: string) => `${alias}: stats(streamers: $streamers, groupBy: ${groupBy}) {
    ${statsFields}
  }`;
  return graphql(
    `query CatalogueDashboard($streamers: [String!]) {
  ${grouped('decade', 'DECADE')}
  ${grouped('stars', 'STARS')}
  ${grouped('country', 'COUNTRY')}
  ${grouped('classification', 'CLASSIFICATION')}
}`,
    { streamers },
  );
}

/** The values the filters can take, as the streamers serve them: suggestions for the search form. */
export async function filterValues(): Promise<Record<'country' | 'classification' | 'genre', string[]>> {
  const { data } = await graphql<Record<'country' | 'classification' | 'genre', { groups: { key: string | null }[] }>>(
    `query CatalogueFilterValues {
  country: stats(groupBy: COUNTRY) { groups { key } }
  classification: stats(groupBy: CLASSIFICATION) { groups { key } }
  genre: stats(groupBy: GENRE) { groups { key } }
}`,
  );
  const keys = (name: keyof typeof data) => data[name].groups.flatMap((group) => (group.key === null ? [] : [group.key]));
  return { country: keys('country'), classification: keys('classification'), genre: keys('genre') };
}
