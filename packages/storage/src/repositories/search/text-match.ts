import { sql, type RawBuilder } from 'kysely';
import { matchEnd, matchStart, prefixLast } from './search-words';

/**
 * How one dialect matches words: the FROM clause over `search_documents d`, the condition, a
 * score where higher is better, and a snippet with matches between `matchStart`/`matchEnd`.
 */
export interface TextMatch {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  score: RawBuilder<number>;
  snippet: RawBuilder<string>;
}

/** SQLite FTS5: every word must match, the last one as a prefix; bm25 weights title highest. */
export function fts5Match(words: readonly string[]): TextMatch {
  const prefix = prefixLast(words);
  const expression = words
    .map((word, index) => `"${word}"${prefix && index === words.length - 1 ? '*' : ''}`)
    .join(' ');
  return {
    from: sql`search_fts join search_documents d on d.rowid = search_fts.rowid`,
    where: sql`search_fts match ${expression}`,
    score: sql<number>`-bm25(search_fts, 10.0, 5.0, 2.0, 1.0, 1.0)`,
    snippet: sql<string>`snippet(search_fts, -1, ${matchStart}, ${matchEnd}, '…', 24)`,
  };
}

/** PostgreSQL: a tsquery ANDing the words (English stemming), ranked by cover density. */
export function tsvectorMatch(words: readonly string[]): TextMatch {
  const prefix = prefixLast(words);
  const query = words
    .map((word, index) => `${word}${prefix && index === words.length - 1 ? ':*' : ''}`)
    .join(' & ');
  const options = `StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=30, MinWords=12`;
  return {
    from: sql`search_documents d cross join to_tsquery('english', ${query}) q`,
    where: sql`d.search_vector @@ q`,
    score: sql<number>`ts_rank_cd(d.search_vector, q)`,
    snippet: sql<string>`ts_headline('english', left(d.title || ' … ' || d.summary || ' … ' ||
      d.postmortem || ' … ' || d.timeline || ' … ' || d.actions, 20000), q, ${options})`,
  };
}
