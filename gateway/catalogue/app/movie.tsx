// A movie's own page, by its global id: every value field of its streamer's type.
import { ApiError, movieById, type Streamer } from './api';
import { Failure, Fields, Loading, Warnings, useLoad } from './common';
import { dashboardHref, href, watchHref } from './route';

export function MoviePage({ id, streamers }: { id: string; streamers: Streamer[] }) {
  const loaded = useLoad(() => movieById(streamers, id), [id, streamers]);
  if (loaded.state === 'loading') return <Loading what={id} />;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const { data, errors } = loaded.value;
  const movie = data.movie;
  // No movie and an error: the streamer could not answer, which is not "no such movie".
  if (!movie && errors.length > 0) return <Failure error={new ApiError(errors[0]!.message, errors[0]!.extensions?.code)} />;
  if (!movie) {
    return (
      <section className="movie-page">
        <Warnings errors={errors} />
        <p className="alert" role="alert">
          No movie has the id <code>{id}</code>.
        </p>
        <a href={href('search')}>Back to the search</a>
      </section>
    );
  }
  const streamer = streamers.find((s) => s.entityType === movie.__typename);
  const fields = (streamer?.entityFields ?? Object.keys(movie)).filter((field) => field !== '__typename' && field !== 'title');
  return (
    <section className="movie-page" data-id={movie.id}>
      <Warnings errors={errors} />
      <h2>
        {movie.title} {movie.year !== null && <span className="year">({movie.year})</span>}
      </h2>
      <p className="lead">
        On <a href={dashboardHref(movie.streamer)}>{movie.streamer}</a>
        {streamer && ` · stored in ${streamer.storage} · type ${streamer.entityType}`}
      </p>
      <Fields movie={movie} fields={fields} wide />
      <p className="actions">
        <a className="button" href={watchHref(movie.title, movie.year)}>
          Where to watch “{movie.title}”
        </a>
        <a className="button secondary" href={href('search', { q: movie.title })}>
          Search this title
        </a>
        {/* The movie's persistent URL: a page for people, JSON-LD for programs (gateway/fair.ts). */}
        <a className="button secondary" href={`/movies/${movie.id}`}>
          Permanent link
        </a>
      </p>
    </section>
  );
}
