// Where to watch: one title across the streamers, each offer with how it is offered, its prices and
// rating, the cheapest rental and purchase at a glance.
import { useEffect, useState, type FormEvent } from 'react';
import { whereToWatch, type WatchOffer, type WatchTitle } from './api';
import { Failure, Loading, Warnings, money, stars, useLoad } from './common';
import { dashboardHref, href, movieHref } from './route';

const offerWords: Record<string, string> = { BROADCAST: 'Broadcast', SUBSCRIPTION: 'Subscription', RENT_OR_BUY: 'Rent or buy' };

function Cheapest({ what, offer, price }: { what: string; offer: WatchOffer | null; price: number | null | undefined }) {
  if (!offer) return <div className="cheapest none">No {what.toLowerCase()}</div>;
  return (
    <div className="cheapest" data-cheapest={what.toLowerCase()}>
      <span>Cheapest {what.toLowerCase()}</span>
      <strong>{money(price)}</strong>
      <span>
        on <a href={movieHref(offer.movie.id)}>{offer.streamer}</a>
      </span>
    </div>
  );
}

function TitleOffers({ title }: { title: WatchTitle }) {
  return (
    <article className="watch-title" data-offers={title.offers.length}>
      <h3>
        {title.title} {title.year !== null && <span className="year">({title.year})</span>}
      </h3>
      <p className="lead">
        {title.offers.length === 1 ? 'On 1 streamer' : `On ${new Set(title.offers.map((o) => o.streamer)).size} streamers, ${title.offers.length} offers`}
      </p>
      <div className="cheapest-row">
        <Cheapest what="Rental" offer={title.cheapestRental} price={title.cheapestRental?.rental} />
        <Cheapest what="Purchase" offer={title.cheapestPurchase} price={title.cheapestPurchase?.purchase} />
      </div>
      <div className="table-scroll">
        <table className="offers">
          <thead>
            <tr>
              <th scope="col">Streamer</th>
              <th scope="col">Offered as</th>
              <th scope="col">Rental</th>
              <th scope="col">Purchase</th>
              <th scope="col">Stars</th>
              <th scope="col">Rating</th>
              <th scope="col">Id</th>
            </tr>
          </thead>
          <tbody>
            {title.offers.map((offer) => (
              <tr key={offer.movie.id} data-streamer={offer.streamer}>
                <th scope="row">
                  <a href={dashboardHref(offer.streamer)}>{offer.streamer}</a>
                </th>
                <td data-label="Offered as">{offerWords[offer.offeredAs] ?? offer.offeredAs}</td>
                <td data-label="Rental" className="number">
                  {money(offer.rental)}
                </td>
                <td data-label="Purchase" className="number">
                  {money(offer.purchase)}
                </td>
                <td data-label="Stars" title={offer.stars === null ? 'no stars' : `${offer.stars} of 5`}>
                  {stars(offer.stars)}
                </td>
                <td data-label="Rating">{offer.classification ?? '—'}</td>
                <td data-label="Id">
                  <a href={movieHref(offer.movie.id)}>{offer.movie.id}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

export function WatchPage({ params }: { params: URLSearchParams }) {
  const query = params.get('q') ?? '';
  const yearText = params.get('year') ?? '';
  const year = yearText && Number.isInteger(Number(yearText)) ? Number(yearText) : undefined;
  const [form, setForm] = useState({ q: query, year: yearText });
  useEffect(() => {
    setForm({ q: query, year: yearText });
  }, [query, yearText]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = href('watch', form);
  };
  return (
    <section className="watch-page">
      <h2>Where to watch</h2>
      <form className="searchbar" role="search" onSubmit={submit}>
        <input type="search" name="q" aria-label="Title" placeholder="A title, like Jurassic Park" value={form.q} onChange={(event) => setForm({ ...form, q: event.target.value })} />
        <input type="number" name="year" aria-label="Year" placeholder="Year" className="year-input" value={form.year} onChange={(event) => setForm({ ...form, year: event.target.value })} />
        <button type="submit">Find</button>
      </form>
      {query ? <WatchResults query={query} year={year} /> : <p className="lead">Type a title to see every streamer that offers it and what it costs there.</p>}
    </section>
  );
}

function WatchResults({ query, year }: { query: string; year: number | undefined }) {
  const loaded = useLoad(() => whereToWatch(query, year), [query, year]);
  if (loaded.state === 'loading') return <Loading what="offers" />;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const titles = loaded.value.data.whereToWatch;
  return (
    <div className="watch-results">
      <Warnings errors={loaded.value.errors} />
      {titles.length === 0 && <p className="notice">No streamer offers a title containing “{query}”{year !== undefined && ` from ${year}`}.</p>}
      {titles.map((title) => (
        <TitleOffers key={`${title.title}|${title.year}`} title={title} />
      ))}
    </div>
  );
}
