import { defaultPublicationSettings, emptySections } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import {
  buildPublicVersion,
  renderPostmortemHtml,
  renderPublicHtml,
  renderPublicMarkdown,
} from '../../src/publication';
import { makeAction, makeDocument, makeEntry } from '../postmortem-format/document-factory';

// Assembled at run time: never a whole key in a committed file.
const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

function documentWithSecrets() {
  const base = makeDocument();
  return makeDocument({
    incident: { ...base.incident, commander: 'Priya Raman', title: 'Checkout errors' },
    postmortem: base.postmortem && {
      ...base.postmortem,
      owner: 'Priya Raman',
      sections: {
        ...emptySections,
        summary: `Priya Raman rotated the key ${awsKey} after checkout failed.`,
        resolution: `The key ${awsKey} was revoked; mail ops@example.com for details.`,
        wentWrong: 'The runbook was out of date.',
        gotLucky: '',
      },
    },
    timeline: [
      makeEntry({ kind: 'status', title: 'Investigating elevated checkout errors' }),
      makeEntry({ kind: 'chat', title: 'Priya Raman: rolling back now', author: 'Priya Raman' }),
      makeEntry({ kind: 'milestone', title: 'Mitigated by Priya Raman' }),
    ],
    actions: [makeAction({ title: 'Alert on key use from new regions', owner: 'Priya Raman' })],
  });
}

describe('buildPublicVersion', () => {
  const version = buildPublicVersion(documentWithSecrets(), defaultPublicationSettings, {
    names: ['Priya Raman'],
  });
  const json = JSON.stringify(version);

  it('never carries the secret, the e-mail address or the person', () => {
    expect(json).not.toContain(awsKey);
    expect(json).not.toContain('ops@example.com');
    expect(json).not.toMatch(/Priya|Raman/);
  });

  it('gives the same value the same placeholder across sections', () => {
    const [summary, resolution] = version.document.sections.map((s) => s.text);
    expect(summary).toBe(
      '[REDACTED:person-name#1] rotated the key [REDACTED:aws-access-key#1] after checkout failed.',
    );
    expect(resolution).toContain('The key [REDACTED:aws-access-key#1] was revoked');
  });

  it('drops internal-only sections and unpublished timeline kinds, and says what it dropped', () => {
    expect(version.document.sections.map((s) => s.name)).toEqual(['summary', 'resolution']);
    expect(version.document.timeline.map((e) => e.kind)).toEqual(['status', 'milestone']);
    expect(version.document.timeline[1]?.title).toBe('Mitigated by [REDACTED:person-name#1]');
    expect(version.omitted).toMatchObject({ sections: ['wentWrong'], timelineEntries: 1 });
    expect(version.document.actions).toEqual([
      { title: 'Alert on key use from new regions', type: 'prevent', status: 'open' },
    ]);
  });

  it('locates every redaction in the internal text, field and line, without its value', () => {
    expect(version.redactions).toContainEqual({
      field: 'sections.summary',
      line: 1,
      start: 'Priya Raman rotated the key '.length,
      end: 'Priya Raman rotated the key '.length + awsKey.length,
      kind: 'secret',
      rule: 'aws-access-key',
      placeholder: '[REDACTED:aws-access-key#1]',
    });
    expect(version.redactions).toContainEqual(
      expect.objectContaining({ field: 'timeline.2.title', rule: 'person-name', start: 13 }),
    );
  });

  it('honours the settings: no actions, every kind of entry, no internal sections', () => {
    const all = buildPublicVersion(
      documentWithSecrets(),
      {
        internalSections: [],
        timelineKinds: ['status', 'chat', 'milestone'],
        includeActions: false,
      },
      { names: ['Priya Raman'] },
    );
    expect(all.document.sections.map((s) => s.name)).toContain('wentWrong');
    expect(all.document.timeline).toHaveLength(3);
    expect(all.document.actions).toEqual([]);
    expect(JSON.stringify(all)).not.toMatch(/Priya/);
  });
});

describe('HTML export', () => {
  const payload = '<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))';
  const doc = makeDocument();
  const hostile = makeDocument({
    postmortem: doc.postmortem && {
      ...doc.postmortem,
      sections: { ...doc.postmortem.sections, summary: payload },
    },
  });

  it.each([
    ['internal', () => renderPostmortemHtml(hostile)],
    [
      'public',
      () => renderPublicHtml(buildPublicVersion(hostile, defaultPublicationSettings, {}).document),
    ],
  ])('keeps a script payload in a section inert in the %s page', (_name, render) => {
    const html = render();
    expect(html).toMatch(/^<!doctype html>/);
    // Only escaped text is left: no element, no handler attribute, no javascript: link.
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
  });

  it('renders the public Markdown as a heading, facts, sections and tables', () => {
    const md = renderPublicMarkdown(
      buildPublicVersion(documentWithSecrets(), defaultPublicationSettings, {
        names: ['Priya Raman'],
      }).document,
    );
    expect(md).toMatch(/^# INC-\d+: Checkout errors\n\n- Severity: SEV\d/);
    expect(md).toContain('## Summary');
    expect(md).not.toContain('## What went wrong');
    expect(md).toContain('| Time | Event |');
    expect(
      renderPublicHtml(
        buildPublicVersion(documentWithSecrets(), defaultPublicationSettings, {}).document,
      ),
    ).toContain('<table>');
  });
});
