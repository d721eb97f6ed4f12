// The search page: searchMovies with every filter and order, each result with its streamer's own
// fields, more results through the cursor.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ApiError, filterValues, orderFields, searchMovies, type GraphQLError, type Movie, type OrderDirection, type OrderField, type SearchArgs, type SearchPage, type Streamer } from './api';
import { Failure, Fields, Loading, Warnings, type Loaded } from './common';
import { dashboardHref, href, movieHref, watchHref } from './route';

const pageSize = 20;
const textFilters = ['country', 'classification', 'genre'] as const;
const numberFilters = ['yearFrom', 'yearTo', 'minStars', 'maxRental', 'maxPurchase'] as const;

/** The address's parameters as searchMovies' arguments. Text that is not a number is sent as it is, for the service to refuse by name. */
function argsFrom(params: URLSearchParams): SearchArgs {
  const args: Record<string, unknown> = {};
  const query = params.get('q');
  if (query) args.query = query;
  const streamers = params.get('streamers');
  if (streamers) args.streamers = streamers.split(',').filter(Boolean);
  for (const name of textFilters) if (params.get(name)) args[name] = params.get(name);
  for (const name of numberFilters) {
    const text = params.get(name)?.trim();
    if (text) args[name] = Number.isFinite(Number(text)) ? Number(text) : text;
  }
  const [field, direction] = (params.get('order') ?? '').split('-');
  if (field && orderFields.includes(field as OrderField)) args.orderBy = { field, direction: direction === 'DESC' ? 'DESC' : 'ASC' };
  return args as SearchArgs;
}

const orderLabels: Record<OrderField, [string, string]> = {
  TITLE: ['Title A–Z', 'Title Z–A'],
  YEAR: ['Oldest first', 'Newest first'],
  STARS: ['Fewest stars first', 'Most stars first'],
  RENTAL: ['Cheapest rental first', 'Dearest rental first'],
  PURCHASE: ['Cheapest purchase first', 'Dearest purchase first'],
};

function SearchForm({ params, streamers }: { params: URLSearchParams; streamers: Streamer[] }) {
  const [form, setForm] = useState(() => Object.fromEntries(params));
  useEffect(() => {
    setForm(Object.fromEntries(params));
  }, [params.toString()]); // the same address parses to a new object: compare its text
  // Open where there is room, or when a filter is set; on a phone the results come first.
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 40rem)').matches || [...params.keys()].some((name) => name !== 'q'));
  const chosen = new Set((form.streamers ?? '').split(',').filter(Boolean));
  const set = (name: string, value: string) => setForm((old) => ({ ...old, [name]: value }));
  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    set('streamers', [...next].join(','));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = href('search', form);
  };
  // Suggestions only: a search works the same without them.
  const [values, setValues] = useState<Awaited<ReturnType<typeof filterValues>>>({ country: [], classification: [], genre: [] });
  useEffect(() => {
    filterValues().then(setValues, () => undefined);
  }, []);
  const input = (name: string, text: string, type = 'text', extra: Record<string, string> = {}) => (
    <label className="field">
      <span>{text}</span>
      <input name={name} type={type} value={form[name] ?? ''} onChange={(event) => set(name, event.target.value)} {...extra} />
    </label>
  );
  return (
    <form className="search" role="search" onSubmit={submit}>
      <div className="searchbar">
        <input name="q" type="search" aria-label="Title contains" placeholder="Search titles, like park" value={form.q ?? ''} onChange={(event) => set('q', event.target.value)} />
        <button type="submit">Search</button>
      </div>
      <details className="filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Filters and order</summary>
        <fieldset className="streamers">
          <legend>Streamers (none ticked: all)</legend>
          {streamers.map((s) => (
            <label key={s.name} className="check">
              <input type="checkbox" name="streamer" value={s.name} checked={chosen.has(s.name)} onChange={() => toggle(s.name)} />
              {s.name}
            </label>
          ))}
        </fieldset>
        <div className="grid">
          {input('country', 'Country', 'text', { placeholder: 'GB, FR, USA', list: 'countries' })}
          {input('classification', 'Age rating', 'text', { placeholder: 'U, PG, 12A, 15', list: 'classifications' })}
          {input('genre', 'Genre', 'text', { placeholder: 'Drama', list: 'genres' })}
          {(['country', 'classification', 'genre'] as const).map((name) => (
            <datalist key={name} id={{ country: 'countries', classification: 'classifications', genre: 'genres' }[name]}>
              {values[name].map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          ))}
          <label className="field">
            <span>Stars at least</span>
            <select name="minStars" value={form.minStars ?? ''} onChange={(event) => set('minStars', event.target.value)}>
              <option value="">any</option>
              {[0, 1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {input('maxRental', 'Rental at most', 'number', { min: '0', step: '0.01', inputMode: 'decimal' })}
          {input('maxPurchase', 'Purchase at most', 'number', { min: '0', step: '0.01', inputMode: 'decimal' })}
          {input('yearFrom', 'Year from', 'number', { inputMode: 'numeric' })}
          {input('yearTo', 'Year to', 'number', { inputMode: 'numeric' })}
          <label className="field order">
            <span>Order</span>
            <select name="order" value={form.order ?? ''} onChange={(event) => set('order', event.target.value)}>
              <option value="">Title A–Z</option>
              {orderFields.flatMap((field) =>
                (['ASC', 'DESC'] as OrderDirection[])
                  .filter((direction) => field !== 'TITLE' || direction === 'DESC')
                  .map((direction) => (
                    <option key={`${field}-${direction}`} value={`${field}-${direction}`}>
                      {orderLabels[field][direction === 'ASC' ? 0 : 1]}
                    </option>
                  )),
              )}
            </select>
          </label>
        </div>
        <div className="actions">
          <button type="submit">Apply</button>
          <a className="button secondary" href={href('search')}>
            Clear
          </a>
        </div>
      </details>
    </form>
  );
}

/** One movie with every value field of its streamer's type. */
function MovieCard({ movie, streamer }: { movie: Movie; streamer: Streamer | undefined }) {
  const own = (streamer?.entityFields ?? []).filter((field) => !['id', 'streamer', 'title', 'year'].includes(field));
  return (
    <article className="movie" data-id={movie.id}>
      <header>
        <h3>
          <a href={movieHref(movie.id)}>{movie.title}</a> {movie.year !== null && <span className="year">({movie.year})</span>}
        </h3>
        <a className="badge" href={dashboardHref(movie.streamer)} title={`${movie.streamer}'s dashboard`}>
          {movie.streamer}
        </a>
      </header>
      <Fields movie={movie} fields={own} />
      <a className="watch" href={watchHref(movie.title, movie.year)}>
        Where to watch
      </a>
    </article>
  );
}

interface Results {
  page: SearchPage;
  movies: Movie[];
  errors: GraphQLError[];
}

function SearchResults({ args, streamers }: { args: SearchArgs; streamers: Streamer[] }) {
  const [results, setResults] = useState<Loaded<Results>>({ state: 'loading' });
  const [more, setMore] = useState<'idle' | 'loading' | ApiError>('idle');
  const byType = new Map(streamers.map((s) => [s.entityType, s]));

  useEffect(() => {
    let current = true;
    searchMovies(streamers, args, pageSize).then(
      ({ data, errors }) => current && setResults({ state: 'done', value: { page: data.searchMovies, movies: data.searchMovies.edges.map((e) => e.node), errors } }),
      (error: ApiError) => current && setResults({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [args, streamers]);

  if (results.state === 'loading') return <Loading what="movies" />;
  if (results.state === 'failed') return <Failure error={results.error} />;
  const { page, movies, errors } = results.value;

  const loadMore = async () => {
    setMore('loading');
    try {
      const { data, errors: later } = await searchMovies(streamers, args, pageSize, page.pageInfo.endCursor ?? undefined);
      const next = data.searchMovies;
      setResults({ state: 'done', value: { page: next, movies: [...movies, ...next.edges.map((e) => e.node)], errors: later } });
      setMore('idle');
    } catch (error) {
      setMore(error instanceof ApiError ? error : new ApiError(String(error)));
    }
  };

  return (
    <section className="results" aria-label="Results">
      <p className="summary" data-total={page.totalCount} aria-live="polite">
        {page.totalCount === 1 ? '1 movie' : `${page.totalCount} movies`}, showing {movies.length}
      </p>
      {page.skippedStreamers.length > 0 && (
        <p className="notice skipped">
          Left out: {page.skippedStreamers.map((s) => s.reason).join('; ')}.
        </p>
      )}
      {page.unavailableStreamers.length > 0 && <p className="notice">Not answering: {page.unavailableStreamers.join(', ')}: their movies are missing.</p>}
      <Warnings errors={errors.filter((e) => e.extensions?.code !== 'STREAMER_UNAVAILABLE')} />
      <div className="movies">
        {movies.map((movie) => (
          <MovieCard key={movie.id} movie={movie} streamer={byType.get(movie.__typename)} />
        ))}
      </div>
      {more instanceof ApiError && <Failure error={more} />}
      {page.pageInfo.hasNextPage && (
        <button className="more" type="button" onClick={loadMore} disabled={more === 'loading'}>
          {more === 'loading' ? 'Loading…' : `Show ${Math.min(pageSize, page.totalCount - movies.length)} more`}
        </button>
      )}
    </section>
  );
}

export function SearchPageView({ params, streamers }: { params: URLSearchParams; streamers: Streamer[] }) {
  const key = params.toString();
  const args = useMemo(() => argsFrom(params), [key]); // a new search only when the address changes
  return (
    <>
      <SearchForm params={params} streamers={streamers} />
      <SearchResults key={key} args={args} streamers={streamers} />
    </>
  );
}
