// The catalogue web app: search, a page per movie, where to watch, dashboards. It learns the
// streamers from the API, so a new streamer shows up here with nothing to change.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { loadStreamers } from './api';
import { Failure, Loading, useLoad } from './common';
import { DashboardPage } from './dashboard';
import { MoviePage } from './movie';
import { dashboardHref, href, useRoute, type Route } from './route';
import { SearchPageView } from './search';
import './style.css';
import { WatchPage } from './watch';

function Page({ route }: { route: Route }) {
  const streamers = useLoad(loadStreamers, []);
  if (streamers.state === 'loading') return <Loading what="the streamers" />;
  if (streamers.state === 'failed') return <Failure error={streamers.error} />;
  const list = streamers.value;
  switch (route.page) {
    case 'search':
      return <SearchPageView params={route.params} streamers={list} />;
    case 'movie':
      return <MoviePage id={route.id} streamers={list} />;
    case 'watch':
      return <WatchPage params={route.params} />;
    case 'dashboard':
      return <DashboardPage streamer={route.streamer} streamers={list} />;
    case 'unknown':
      return (
        <p className="alert" role="alert">
          There is no page at <code>{route.path}</code>. <a href={href('search')}>Search the catalogue</a>.
        </p>
      );
    default: {
      const never: never = route;
      return never;
    }
  }
}

function App() {
  const route = useRoute();
  useEffect(() => {
    // A new page starts at its top (Chromium's scrollTo returns a promise: not a clean-up).
    window.scrollTo(0, 0);
  }, [route.page]);
  return (
    <>
      <header className="top">
        <a className="brand" href={href('search')}>
          Movies catalogue
        </a>
        <nav aria-label="Main">
          <a href={href('search')} aria-current={route.page === 'search' ? 'page' : undefined}>
            Search
          </a>
          <a href={href('watch')} aria-current={route.page === 'watch' ? 'page' : undefined}>
            Where to watch
          </a>
          <a href={dashboardHref()} aria-current={route.page === 'dashboard' ? 'page' : undefined}>
            Dashboard
          </a>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

createRoot(document.getElementById('catalogue')!).render(<App />);
