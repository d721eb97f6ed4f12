// The dashboard: statistics across the streamers or for one, from `stats` (each streamer computes
// its own over its index; the catalog merges them), drawn with chart.js.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { dashboardStats, type Stats, type StatsGroup, type StatsSummary, type Streamer } from './api';
import { Failure, Loading, Warnings, money, useLoad } from './common';
import { dashboardHref } from './route';

// Only what these charts use, so the bundle carries no more of chart.js than that.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const palette = ['#2b6cb0', '#c05621', '#2f855a', '#b83280', '#6b46c1', '#b7791f', '#319795', '#4a5568'];
const colourOf = (streamers: Streamer[], name: string) => palette[Math.max(0, streamers.findIndex((s) => s.name === name)) % palette.length]!;

type AnyChart = ChartConfiguration<'bar' | 'line', (number | [number, number] | null)[], string>;

function ChartFigure({ name, title, config, total }: { name: string; title: string; config: AnyChart; total?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <figure className="chart" data-chart={name} data-total={total}>
      <figcaption>{title}</figcaption>
      <div className="canvas">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}

/** Group keys in a reading order: numbers as numbers, the missing value ("unknown") last. */
function orderedKeys(groups: StatsGroup[][]): (string | null)[] {
  const keys = new Set<string | null>();
  for (const list of groups) for (const group of list) keys.add(group.key);
  return [...keys].sort((a, b) => {
    if (a === null || b === null) return a === null ? 1 : -1;
    const [x, y] = [Number.parseFloat(a), Number.parseFloat(b)];
    return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y;
  });
}

const baseOptions = (stacked: boolean, horizontal = false): AnyChart['options'] => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  indexAxis: horizontal ? 'y' : 'x',
  plugins: { legend: { position: 'bottom' } },
  scales: { x: { stacked, beginAtZero: true }, y: { stacked, beginAtZero: true } },
});

/** Counts per group, one stacked bar per streamer. */
function countsChart(stats: Stats, streamers: Streamer[], missing: string, horizontal = false): { config: AnyChart; total: number } {
  const keys = orderedKeys(stats.streamers.map((s) => s.groups));
  let total = 0;
  const datasets = stats.streamers.map((s) => {
    const counts = new Map(s.groups.map((g) => [g.key, g.summary.count]));
    const data = keys.map((key) => counts.get(key) ?? 0);
    total += data.reduce((sum, n) => sum + n, 0);
    return { type: 'bar' as const, label: s.streamer, data, backgroundColor: colourOf(streamers, s.streamer) };
  });
  return { config: { type: 'bar', data: { labels: keys.map((key) => key ?? missing), datasets }, options: baseOptions(true, horizontal) }, total };
}

const priceColours = { rental: ['#90cdf4', '#2b6cb0'], purchase: ['#fbd38d', '#c05621'] } as const;

/** One price's spread per label: a floating bar from min to max, the mean as a point on it. */
function priceChart(kind: 'rental' | 'purchase', labels: string[], summaries: StatsSummary[]): AnyChart {
  const [bar, point] = priceColours[kind];
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        // A single price (min = max) still shows as a thin bar; the mean is drawn over the bar (lower order on top).
        { type: 'bar', label: 'min to max', data: summaries.map((s): [number, number] | null => (s[kind] ? [s[kind].min, s[kind].max] : null)), backgroundColor: bar, minBarLength: 3, order: 1 },
        { type: 'line', label: 'mean', data: summaries.map((s) => s[kind]?.mean ?? null), showLine: false, pointRadius: 6, pointStyle: 'rectRot', backgroundColor: point, borderColor: point, order: 0 },
      ],
    },
    options: baseOptions(false),
  };
}

const range = (price: StatsSummary['rental']) => (price ? `${money(price.min)} – ${money(price.max)} (mean ${money(price.mean)})` : '—');
const mean = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** A summary as the table's four cells: movies, mean stars, rental and purchase ranges. */
function SummaryCells({ summary }: { summary: StatsSummary }) {
  return (
    <>
      <td className="number" data-count={summary.count} data-label="Movies">
        {summary.count}
      </td>
      <td className="number" data-label="Mean stars">{mean(summary.meanStars)}</td>
      <td data-label="Rental">{range(summary.rental)}</td>
      <td data-label="Purchase">{range(summary.purchase)}</td>
    </>
  );
}

function SummaryTable({ stats }: { stats: Stats }) {
  return (
    <div className="table-scroll">
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Streamer</th>
            <th scope="col">Movies</th>
            <th scope="col">Mean stars</th>
            <th scope="col">Rental</th>
            <th scope="col">Purchase</th>
            <th scope="col">Stored</th>
            <th scope="col">Invalid</th>
            <th scope="col">Duplicates</th>
          </tr>
        </thead>
        <tbody>
          {stats.streamers.map((s) => (
            <tr key={s.streamer} data-streamer={s.streamer}>
              <th scope="row">
                <a href={dashboardHref(s.streamer)}>{s.streamer}</a>
              </th>
              <SummaryCells summary={s.summary} />
              <td className="number" data-label="Stored">{s.loadReport?.storedRecords ?? '—'}</td>
              <td className="number" data-label="Invalid">{s.loadReport?.invalidRecords ?? '—'}</td>
              <td className="number" data-label="Duplicates">{s.loadReport?.duplicateRecords ?? '—'}</td>
            </tr>
          ))}
        </tbody>
        {stats.streamers.length > 1 && (
          <tfoot>
            <tr data-streamer="all">
              <th scope="row">All</th>
              <SummaryCells summary={stats.totals} />
              <td colSpan={3} className="filler" />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

export function DashboardPage({ streamer, streamers }: { streamer?: string; streamers: Streamer[] }) {
  const loaded = useLoad(() => dashboardStats(streamer ? [streamer] : undefined), [streamer]);
  return (
    <section className="dashboard">
      <nav className="tabs" aria-label="Dashboards">
        <a href={dashboardHref()} aria-current={streamer ? undefined : 'page'}>
          All streamers
        </a>
        {streamers.map((s) => (
          <a key={s.name} href={dashboardHref(s.name)} aria-current={streamer === s.name ? 'page' : undefined}>
            {s.name}
          </a>
        ))}
      </nav>
      <h2>{streamer ?? 'All streamers'}</h2>
      <p className="lead">
        Download the movies: <a href={`/export/movies.csv${streamer ? `?streamers=${encodeURIComponent(streamer)}` : ''}`}>CSV</a> ·{' '}
        <a href={`/export/movies.jsonl${streamer ? `?streamers=${encodeURIComponent(streamer)}` : ''}`}>JSON Lines</a>
        {streamer && (
          <>
            {' '}
            · <a href={`/export/${encodeURIComponent(streamer)}/native`}>the native store</a>
          </>
        )}
      </p>
      {loaded.state === 'loading' && <Loading what="statistics" />}
      {loaded.state === 'failed' && <Failure error={loaded.error} />}
      {loaded.state === 'done' && <Charts dashboard={loaded.value.data} errors={loaded.value.errors} streamers={streamers} />}
    </section>
  );
}

function Charts({ dashboard, errors, streamers }: { dashboard: Awaited<ReturnType<typeof dashboardStats>>['data']; errors: Parameters<typeof Warnings>[0]['errors']; streamers: Streamer[] }) {
  const { decade, stars, country, classification } = dashboard;
  const byDecade = countsChart(decade, streamers, 'unknown');
  const byStars = countsChart(stars, streamers, 'no stars');
  const byRating = countsChart(classification, streamers, 'no rating');
  const byCountry = countsChart(country, streamers, 'unknown', true);
  const priced = decade.streamers.filter((s) => s.summary.rental || s.summary.purchase);
  const ratingKeys = orderedKeys([classification.groups]).filter((key) => {
    const group = classification.groups.find((g) => g.key === key);
    return group?.summary.rental || group?.summary.purchase;
  });
  const ratingGroups = ratingKeys.map((key) => classification.groups.find((g) => g.key === key)!.summary);
  return (
    <>
      {/* A streamer that is down is named once below, not once per grouping. */}
      <Warnings errors={errors.filter((error) => error.extensions?.code !== 'STREAMER_UNAVAILABLE')} />
      {decade.unavailableStreamers.length > 0 && <p className="notice">Not answering: {decade.unavailableStreamers.join(', ')}: left out of these numbers.</p>}
      <div className="cards">
        <div className="card" data-card="count">
          <span>Movies</span>
          <strong>{decade.totals.count}</strong>
        </div>
        <div className="card">
          <span>Mean stars</span>
          <strong>{mean(decade.totals.meanStars)}</strong>
        </div>
        <div className="card">
          <span>Rental</span>
          <strong>{decade.totals.rental ? `${money(decade.totals.rental.min)}–${money(decade.totals.rental.max)}` : '—'}</strong>
        </div>
        <div className="card">
          <span>Purchase</span>
          <strong>{decade.totals.purchase ? `${money(decade.totals.purchase.min)}–${money(decade.totals.purchase.max)}` : '—'}</strong>
        </div>
      </div>
      <SummaryTable stats={decade} />
      <div className="charts">
        <ChartFigure name="decade" title="Movies by decade" config={byDecade.config} total={byDecade.total} />
        <ChartFigure name="stars" title="Movies by stars" config={byStars.config} total={byStars.total} />
        <ChartFigure name="classification" title="Movies by age rating" config={byRating.config} total={byRating.total} />
        <ChartFigure name="country" title="Movies by country" config={byCountry.config} total={byCountry.total} />
        {priced.length === 0 && <p className="notice">No prices: {decade.streamers.map((s) => s.streamer).join(', ')} rent or sell nothing.</p>}
        {(['rental', 'purchase'] as const).flatMap((kind) => {
          const word = kind === 'rental' ? 'Rental' : 'Purchase';
          const streamersWith = priced.filter((s) => s.summary[kind]);
          const ratingsWith = ratingKeys.filter((_, i) => ratingGroups[i]![kind]);
          return [
            streamersWith.length > 0 && (
              <ChartFigure key={`${kind}-streamer`} name={`${kind}-by-streamer`} title={`${word} prices by streamer`} config={priceChart(kind, streamersWith.map((s) => s.streamer), streamersWith.map((s) => s.summary))} />
            ),
            ratingsWith.length > 0 && (
              <ChartFigure
                key={`${kind}-rating`}
                name={`${kind}-by-rating`}
                title={`${word} prices by age rating`}
                config={priceChart(kind, ratingsWith.map((key) => key ?? 'no rating'), ratingsWith.map((key) => ratingGroups[ratingKeys.indexOf(key)]!))}
              />
            ),
          ];
        })}
      </div>
    </>
  );
}
