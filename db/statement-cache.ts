import type Database from 'better-sqlite3';

/** Enough for every statement the app has (about a hundred), with room for generated ones. */
const LIMIT = 300;

/**
 * Makes `db.prepare` keep what it compiles: the queries call `db.prepare(sql)` where they run,
 * and on the hot paths compiling cost as much as a good part of the running (the client search
 * compiled in 34 µs and ran in 61 µs on the small practice database). A statement handed out again gets its default result mode back
 * (no pluck, raw or expand left from its last use); one still being iterated is never shared.
 * The least recently used is dropped past LIMIT, for SQL put together from the fields changed.
 */
export function cacheStatements(db: Database.Database): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    const kept = cache.get(sql);
    if (kept && !kept.busy) {
      if (kept.reader) kept.pluck(false).expand(false).raw(false);
      cache.delete(sql);
      cache.set(sql, kept);
      return kept;
    }
    const statement = compile(sql);
    if (kept) return statement;
    cache.set(sql, statement);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  db.prepare = prepare as typeof db.prepare;
}
