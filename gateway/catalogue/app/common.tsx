// What every page shares: loading a GraphQL answer, showing its errors, and showing a value.
import { useEffect, useState, type DependencyList } from 'react';
import { ApiError, type GraphQLError, type Movie } from './api';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: ApiError };

/** Run `load` whenever `deps` change; an answer that arrives after the next change is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => current && setLoaded({ state: 'done', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(String(error)) }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on: `load` itself is a new function at every render.
  }, deps);
  return loaded;
}

export function Failure({ error }: { error: ApiError }) {
  return (
    <div className="alert" role="alert">
      {error.message}
      {error.code && <code className="code">{error.code}</code>}
    </div>
  );
}

/** Errors that came with data: a streamer that did not answer, for one. */
export function Warnings({ errors }: { errors: GraphQLError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="warnings" role="status">
      {errors.map((error, i) => (
        <li key={i}>
          {error.message}
          {error.extensions?.code && <code className="code">{error.extensions.code}</code>}
        </li>
      ))}
    </ul>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="loading">Loading {what}…</p>;
}

/** `typeProgram` → `Type program`. */
function label(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as a person reads it; a field the record does not have is a dash, never a zero. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A movie's fields as labelled values (`wide` for a page of its own). */
export function Fields({ movie, fields, wide = false }: { movie: Movie; fields: string[]; wide?: boolean }) {
  return (
    <dl className={wide ? 'fields wide' : 'fields'}>
      {fields.map((field) => (
        <div key={field} data-field={field}>
          <dt>{label(field)}</dt>
          <dd>{show(movie[field])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function money(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

export const stars = (count: number | null | undefined) => (count === null || count === undefined ? '—' : `${'★'.repeat(count)}${'☆'.repeat(Math.max(0, 5 - count))}`);
