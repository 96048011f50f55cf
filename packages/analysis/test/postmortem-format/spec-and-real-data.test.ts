import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DomainError, emptySections } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { makeDocument } from './document-factory';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const referenceDocs = resolve(repoRoot, '../shared/realdata/postmortems-reference-docs/dev');
const gitlabPostmortem = resolve(
  referenceDocs,
  'gitlab-2017-database-outage/2017-02-10-postmortem-of-database-outage-of-january-31.html.md',
);
const googleExample = resolve(referenceDocs, 'google-sre-book-example/example-postmortem.md');

function specExample(): string {
  const spec = readFileSync(resolve(repoRoot, 'docs/postmortem-format.md'), 'utf8');
  const match = /\n````markdown\n([\s\S]*?)````\n/.exec(spec);
  if (!match?.[1]) throw new Error('docs/postmortem-format.md has no ````markdown example');
  return match[1];
}

describe('the example in docs/postmortem-format.md', () => {
  it('is exactly what the writer produces for the document it describes', () => {
    const example = specExample();
    const doc = parsePostmortemMarkdown(example, 'docs/postmortem-format.md');
    expect(renderPostmortemMarkdown(doc)).toBe(example);
    expect(doc.incident.key).toBe('INC-112');
    expect(doc.timeline.find((e) => e.kind === 'chat')?.body).toContain(' | 60 in the last');
    expect(doc.actions.find((a) => a.status === 'wont_do')?.rationale).toMatch(/^Cost/);
  });
});

describe.skipIf(!existsSync(referenceDocs))('real postmortems (../shared/realdata)', () => {
  it('keeps whole published postmortems exactly as section text', () => {
    const gitlab = readFileSync(gitlabPostmortem, 'utf8');
    const google = readFileSync(googleExample, 'utf8');
    const base = makeDocument();
    const doc = makeDocument({
      postmortem: base.postmortem && {
        ...base.postmortem,
        sections: { ...emptySections, summary: google, rootCauses: gitlab },
      },
    });
    const text = renderPostmortemMarkdown(doc);
    expect(parsePostmortemMarkdown(text, 'INC-7.md')).toEqual(doc);
    expect(text).toContain('\n\\## Database Setup\n');
  });

  it('rejects a postmortem written in another layout with a list of what to change', () => {
    const google = readFileSync(googleExample, 'utf8');
    let error: unknown;
    try {
      parsePostmortemMarkdown(google, 'example-postmortem.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const paths = (error as DomainError).details.map((d) => d.path);
    expect(paths[0]).toBe('example-postmortem.md:1:frontMatter');
    expect(paths).toContain('example-postmortem.md:3:sections');
    expect((error as DomainError).details[1]?.message).toMatch(/unknown section heading "Date"/);
  });
});
