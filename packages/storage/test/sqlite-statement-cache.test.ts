import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../src/dialects/sqlite-statement-cache';

function openNotes() {
  const raw = new SqliteDatabase(':memory:');
  raw.exec(`create table notes (id integer primary key, body text);
    insert into notes (body) values ('first'), ('second'), ('third')`);
  return { raw, db: cacheStatements(raw, 2) };
}

describe('SQLite statement cache', () => {
  it('answers a repeated query with the rows of the moment, not of its first run', () => {
    const { raw, db } = openNotes();
    const count = 'select count(*) as n from notes';
    expect(db.prepare(count).all([])).toEqual([{ n: 3 }]);
    db.prepare('insert into notes (body) values (?)').run(['fourth']);
    expect(db.prepare(count).all([])).toEqual([{ n: 4 }]);
    raw.close();
  });

  it('sees a column added after the statement was first prepared', () => {
    const { raw, db } = openNotes();
    const all = 'select * from notes where id = ?';
    expect(db.prepare(all).all([1])).toEqual([{ id: 1, body: 'first' }]);
    raw.exec(`alter table notes add column author text default 'ana'`);
    expect(db.prepare(all).all([1])).toEqual([{ id: 1, body: 'first', author: 'ana' }]);
    raw.close();
  });

  it('runs a query again while the same query is still being iterated', () => {
    const { raw, db } = openNotes();
    const ordered = 'select body from notes order by id';
    const stream = db.prepare(ordered).iterate([]);
    expect(stream.next().value).toEqual({ body: 'first' });
    expect(db.prepare(ordered).all([])).toHaveLength(3);
    expect([...stream]).toEqual([{ body: 'second' }, { body: 'third' }]);
    raw.close();
  });

  it('keeps working past its capacity of distinct statements', () => {
    const { raw, db } = openNotes();
    for (let round = 0; round < 3; round++) {
      for (const id of [1, 2, 3]) {
        expect(db.prepare(`select body from notes where id = ${id}`).all([])).toHaveLength(1);
      }
    }
    raw.close();
  });
});
