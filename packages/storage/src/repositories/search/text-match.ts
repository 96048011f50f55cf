import { sql, type RawBuilder } from 'kysely';
import { matchEnd, matchStart, prefixLast } from './search-words';

/**
 * How PostgreSQL matches words: the FROM clause over `search_documents d`, the condition, a
 * score where higher is better, and a snippet with matches between `matchStart`/`matchEnd`.
 * (SQLite builds FTS5 expressions instead: fts5-expression.ts.)
 */
export interface TextMatch {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  score: RawBuilder<number>;
  snippet: RawBuilder<string>;
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
