// The served movies of one streamer, indexed in memory: the store is read once at start-up, and
// each request is answered from here. An in-memory SQLite database gives the indexes (B-trees for
// order, year and codes, an FTS5 trigram index for "title contains") and keyset pagination.
import Database from 'better-sqlite3';
import { titleKey, type ListPosition } from './cursor.js';
import type { MovieEntity } from './definition.js';

export interface MovieFilter {
  titleContains?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  country?: string | null;
  classification?: string | null;
  genre?: string | null;
  minStars?: number | null;
}

export interface MoviePage<E> {
  totalCount: number;
  items: E[];
  hasNextPage: boolean;
}

type Param = string | number;

export class MovieIndex<E extends MovieEntity> {
  private readonly db = new Database(':memory:');
  private readonly entities = new Map<number, E>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor() {
    this.db.exec(`
      CREATE TABLE movie (
        key INTEGER PRIMARY KEY,
        title_key TEXT NOT NULL,
        year INTEGER,
        country TEXT COLLATE NOCASE,
        classification TEXT COLLATE NOCASE,
        genre TEXT COLLATE NOCASE,
        stars INTEGER
      );
      CREATE INDEX movie_order ON movie (title_key, key);
      CREATE INDEX movie_year ON movie (year);
      CREATE INDEX movie_country ON movie (country);
      CREATE INDEX movie_classification ON movie (classification);
      CREATE INDEX movie_genre ON movie (genre);
      CREATE VIRTUAL TABLE movie_title USING fts5 (title_key, content = 'movie', content_rowid = 'key', tokenize = 'trigram');
    `);
  }

  get size(): number {
    return this.entities.size;
  }

  add(entities: readonly E[]): void {
    const insertMovie = this.statement(
      'INSERT INTO movie (key, title_key, year, country, classification, genre, stars) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTitle = this.statement('INSERT INTO movie_title (rowid, title_key) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const e of entities) {
        const key = titleKey(e.title);
        insertMovie.run(e.key, key, e.year, e.country, e.classification, e.genre, e.stars);
        insertTitle.run(e.key, key);
        this.entities.set(e.key, e);
      }
    })();
  }

  get(key: number): E | undefined {
    return this.entities.get(key);
  }

  /** One read for a whole batch of keys, in their order; null where there is no such movie. */
  getMany(keys: readonly number[]): (E | null)[] {
    return keys.map((key) => this.entities.get(key) ?? null);
  }

  /** The movies matching the filter, in (title, key) order, starting after a position. */
  page(filter: MovieFilter, first: number, after?: ListPosition): MoviePage<E> {
    const { where, params } = whereClause(filter);
    const totalCount = (this.statement(`SELECT count(*) AS n FROM movie ${where}`).get(...params) as { n: number }).n;
    const afterClause = after ? `${where ? `${where} AND` : 'WHERE'} (title_key, key) > (?, ?)` : where;
    const afterParams = after ? [...params, after[0], after[1]] : params;
    const keys = this.statement(`SELECT key FROM movie ${afterClause} ORDER BY title_key, key LIMIT ?`)
      .pluck()
      .all(...afterParams, first + 1) as number[];
    return {
      totalCount,
      items: keys.slice(0, first).map((key) => this.entities.get(key)!),
      hasNextPage: keys.length > first,
    };
  }

  close(): void {
    this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function whereClause(filter: MovieFilter): { where: string; params: Param[] } {
  const conditions: string[] = [];
  const params: Param[] = [];
  const add = (condition: string, value: Param): void => {
    conditions.push(condition);
    params.push(value);
  };
  const contains = filter.titleContains ? titleKey(filter.titleContains.trim()) : '';
  if (contains) {
    // The trigram index answers substrings of three characters or more; shorter ones are scanned.
    if ([...contains].length >= 3) {
      add('key IN (SELECT rowid FROM movie_title WHERE movie_title MATCH ?)', `"${contains.replaceAll('"', '""')}"`);
    } else {
      add('instr(title_key, ?) > 0', contains);
    }
  }
  if (filter.yearFrom != null) add('year >= ?', filter.yearFrom);
  if (filter.yearTo != null) add('year <= ?', filter.yearTo);
  if (filter.country) add('country = ?', filter.country.trim());
  if (filter.classification) add('classification = ?', filter.classification.trim());
  if (filter.genre) add('genre = ?', filter.genre.trim());
  if (filter.minStars != null) add('stars >= ?', filter.minStars);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
