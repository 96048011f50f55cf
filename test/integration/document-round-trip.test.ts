import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '@aftermath/analysis';
import {
  createIdGenerator,
  exportDocument,
  importDocument,
  loadDemoWorkspace,
  type Context,
  type Store,
} from '@aftermath/core';
import { isDomainError, systemPrincipal } from '@aftermath/domain';
import { openTestStore, testDialects } from '@aftermath/storage/testing';
import { describe, expect, it } from 'vitest';

const contextFor = (store: Store): Context => ({
  store,
  clock: () => new Date('2026-11-01T12:00:00Z'),
  newId: createIdGenerator(),
});

describe.each(testDialects())('Markdown round trip through storage on %s', (dialect) => {
  it('exports, imports into an empty database and exports the same bytes for every demo incident', async () => {
    const source = await openTestStore(dialect);
    const target = await openTestStore(dialect);
    try {
      await loadDemoWorkspace(contextFor(source), systemPrincipal);
      const { items } = await source.incidents.list({ limit: 500, offset: 0 });
      expect(items.length).toBeGreaterThanOrEqual(5);
      let coded = 0;
      for (const { key } of items) {
        const markdown = renderPostmortemMarkdown(
          await exportDocument(contextFor(source), systemPrincipal, key),
        );
        await importDocument(
          contextFor(target),
          systemPrincipal,
          parsePostmortemMarkdown(markdown, `${key}.md`),
        );
        const again = renderPostmortemMarkdown(
          await exportDocument(contextFor(target), systemPrincipal, key),
        );
        expect(again).toBe(markdown);
        if (markdown.includes('\n## Five whys\n') && markdown.includes('\n  trigger: ')) coded += 1;
      }
      // The demo's coded RCA (trigger, factors citing entries, why chains) takes part.
      expect(coded).toBeGreaterThan(0);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('refuses to import over an existing incident and writes nothing of the document', async () => {
    const store = await openTestStore(dialect);
    try {
      await loadDemoWorkspace(contextFor(store), systemPrincipal);
      const doc = await exportDocument(contextFor(store), systemPrincipal, 'INC-2');
      const before = await store.timeline.listByIncident('INC-2');
      const error = await importDocument(contextFor(store), systemPrincipal, doc).catch(
        (e: unknown) => e,
      );
      expect(isDomainError(error, 'conflict')).toBe(true);
      expect(await store.timeline.listByIncident('INC-2')).toHaveLength(before.length);
    } finally {
      await store.close();
    }
  });
});
