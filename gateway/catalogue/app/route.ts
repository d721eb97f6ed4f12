// Pages live in the address's hash (#/movie/peartv:8), so every page is a link that can be kept,
// shared and reloaded, and the gateway serves one HTML page for all of them.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'search'; params: URLSearchParams }
  | { page: 'movie'; id: string }
  | { page: 'watch'; params: URLSearchParams }
  | { page: 'dashboard'; streamer?: string }
  | { page: 'unknown'; path: string };

function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined:
    case 'search':
      return { page: 'search', params };
    case 'movie':
      return parts[1] ? { page: 'movie', id: parts.slice(1).join('/') } : { page: 'unknown', path };
    case 'watch':
      return { page: 'watch', params };
    case 'dashboard':
      return parts[1] ? { page: 'dashboard', streamer: parts[1] } : { page: 'dashboard' };
    default:
      return { page: 'unknown', path };
  }
}

/** A link to a page, with its parameters (empty ones left out). */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const query = search.toString();
  return `#/${path}${query ? `?${query}` : ''}`;
}

export const movieHref = (id: string) => href(`movie/${encodeURIComponent(id)}`);
export const watchHref = (title: string, year: number | null) => href('watch', { q: title, year });
export const dashboardHref = (streamer?: string) => href(streamer ? `dashboard/${encodeURIComponent(streamer)}` : 'dashboard');

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}
