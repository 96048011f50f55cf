// Real incident write-ups with category labels, for measuring similar-incident ranking. Read from
// ../shared/realdata (never copied into the repository; see each folder's SOURCE.txt).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SimilarityDocument } from '../src';

/** A document with the labels that decide what counts as similar (not visible to the ranking). */
export interface LabelledDocument {
  document: SimilarityDocument;
  labels: string[];
}

const realdata = resolve(import.meta.dirname, '../../../../shared/realdata');

function document(key: string, fields: Partial<SimilarityDocument['fields']>, at: string) {
  return {
    key,
    fields: {
      title: '',
      summary: '',
      trigger: '',
      rootCause: '',
      tags: '',
      timeline: '',
      ...fields,
    },
    services: [],
    triggerCode: null,
    rootCauseCodes: [],
    at,
  } satisfies SimilarityDocument;
}

/**
 * icco/postmortems (GPL-3.0): front matter `categories` are the labels; title, summary and
 * keywords (as tags) and the body (as the long, low-weight text) are what the ranking sees.
 */
export function loadIccoPostmortems(): LabelledDocument[] {
  const dir = join(realdata, 'postmortems-icco/dev/data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const end = text.indexOf('\n---', 4);
      const meta = parse(text.slice(4, end)) as Record<string, unknown>;
      const labels = Array.isArray(meta.categories) ? meta.categories.map(String) : [];
      if (labels.length === 0) return [];
      const str = (value: unknown) => (typeof value === 'string' ? value : '');
      const keywords = Array.isArray(meta.keywords) ? meta.keywords.map(String).join(' ') : '';
      const at = str(meta.start_time) || '2020-01-01T00:00:00Z';
      const fields = {
        title: str(meta.title) || `${str(meta.company)} ${str(meta.product)}`,
        summary: str(meta.summary),
        tags: keywords,
        timeline: text.slice(end + 4),
      };
      return [{ document: document(name, fields, at), labels }];
    });
}

/**
 * GitHub's status-page history (The Unlicense): the affected components are the labels; the
 * incident name and its update texts are what the ranking sees. Incidents without components
 * are left out.
 */
export function loadStatuspageIncidents(): LabelledDocument[] {
  const dir = join(realdata, 'statuspage-github-incident-history/dev/incidents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        incident: {
          name: string;
          created_at: string;
          components: { name: string }[];
          incident_updates: { body: string }[];
        };
      };
      const { incident } = raw;
      const labels = incident.components.map((c) => c.name);
      if (labels.length === 0) return [];
      const updates = incident.incident_updates.map((u) => u.body.replace(/<[^>]+>/g, ' '));
      const fields = { title: incident.name, summary: updates.join('\n') };
      return [{ document: document(name, fields, incident.created_at), labels }];
    });
}
