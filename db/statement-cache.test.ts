import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache';
import { tempPath, track } from './testing/temp-db';

function names(): Database.Database {
  const db = track(new Database(tempPath()));
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('Ann'), ('Bo'), ('Cy');");
  cacheStatements(db);
  return db;
}

describe('cached statements', () => {
  it('hands out the same compiled statement for the same SQL', () => {
    const db = names();
    expect(db.prepare('SELECT name FROM t')).toBe(db.prepare('SELECT name FROM t'));
  });

  it('gives a statement back in its default mode, whatever its last user set', () => {
    const db = names();
    expect(db.prepare('SELECT name FROM t ORDER BY id').pluck().all()).toEqual(['Ann', 'Bo', 'Cy']);
    expect(db.prepare('SELECT name FROM t ORDER BY id').get()).toEqual({ name: 'Ann' });
    expect(db.prepare('SELECT name FROM t ORDER BY id').raw().get()).toEqual(['Ann']);
    expect(db.prepare('SELECT name FROM t ORDER BY id').all()).toHaveLength(3);
  });

  it('never shares a statement that is still being iterated', () => {
    const db = names();
    const seen: string[] = [];
    for (const row of db.prepare('SELECT name FROM t ORDER BY id').iterate() as Iterable<{ name: string }>) {
      seen.push(`${row.name}:${(db.prepare('SELECT name FROM t ORDER BY id').all() as unknown[]).length}`);
    }
    expect(seen).toEqual(['Ann:3', 'Bo:3', 'Cy:3']);
  });

  it('still runs writes and sees their effect', () => {
    const db = names();
    const insert = (name: string) => db.prepare('INSERT INTO t (name) VALUES (?)').run(name);
    insert('Di');
    insert('Ed');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(5);
  });
});
