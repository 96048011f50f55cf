import { describe, expect, it } from 'vitest';
import { defaultFrontMatterMapping, parseFrontMatterMapping } from './mapping';
import { toServiceName, toTag } from './normalise-names';
import { parseFrontMatterPostmortem } from './parse-front-matter-postmortem';

const now = '2026-11-27T00:00:00.000Z';
const options = { key: 'INC-4' as const, mapping: defaultFrontMatterMapping, now };

const file = `---
title: Storage nodes lost power
categories:
- cloud
- config-change
keywords:
- US East
- lock service
company: Amazon
product: SimpleDB
start_time: 2012-06-13T04:16:00Z
end_time: 2012-06-13T06:16:00Z
summary: Nodes lost power and the lock service fell over.
---

The service was unavailable for two hours.
`;

describe('front-matter postmortems', () => {
  it('maps title, times, summary, tags, service and the body with the default mapping', () => {
    const doc = parseFrontMatterPostmortem(file, 'a.md', options);
    expect(doc.incident).toMatchObject({
      key: 'INC-4',
      title: 'Storage nodes lost power',
      services: ['amazon-simpledb'],
      tags: ['cloud', 'config-change', 'us-east', 'lock-service'],
      status: 'resolved',
    });
    expect(doc.incident.milestones.impactStartedAt).toBe('2012-06-13T04:16:00.000Z');
    expect(doc.incident.milestones.resolvedAt).toBe('2012-06-13T06:16:00.000Z');
    expect(doc.postmortem?.sections.summary).toBe(
      'Nodes lost power and the lock service fell over.',
    );
    expect(doc.postmortem?.sections.impact).toBe('The service was unavailable for two hours.');
    expect(doc.postmortem?.status).toBe('published');
  });

  it('names an untitled incident after its service and start date', () => {
    const untitled = file.replace('title: Storage nodes lost power\n', '');
    expect(parseFrontMatterPostmortem(untitled, 'a.md', options).incident.title).toBe(
      'amazon-simpledb incident on 2012-06-13',
    );
  });

  it('reports a bad timestamp as file:line:field', () => {
    const bad = file.replace('end_time: 2012-06-13T06:16:00Z', 'end_time: last tuesday');
    expect(() => parseFrontMatterPostmortem(bad, 'a.md', options)).toThrow(
      /^a\.md:12: end_time: expected an ISO 8601 timestamp/,
    );
    const backwards = file.replace(
      'end_time: 2012-06-13T06:16:00Z',
      'end_time: 2012-06-12T00:00:00Z',
    );
    expect(() => parseFrontMatterPostmortem(backwards, 'a.md', options)).toThrow(
      /a\.md:12: end_time: ends/,
    );
  });

  it('reports broken YAML and a file without a title or service', () => {
    expect(() => parseFrontMatterPostmortem('---\ntitle: [a\n---\n', 'b.md', options)).toThrow(
      /^b\.md:\d+: frontMatter: not valid YAML/,
    );
    expect(() => parseFrontMatterPostmortem('---\nsummary: x\n---\n', 'c.md', options)).toThrow(
      /^c\.md:2: title: no title/,
    );
  });

  it('follows a mapping file that renames fields and picks the body section', () => {
    const mapping = parseFrontMatterMapping(
      'title: headline\ntags: [labels]\nservice: system\nbodySection: resolution\n',
      'map.yaml',
    );
    const text =
      '---\nheadline: DNS broke\nlabels: [DNS, "TTL too long"]\nsystem: Edge DNS\n---\nFixed it.\n';
    const doc = parseFrontMatterPostmortem(text, 'd.md', { ...options, mapping });
    expect(doc.incident.title).toBe('DNS broke');
    expect(doc.incident.tags).toEqual(['dns', 'ttl-too-long']);
    expect(doc.incident.services).toEqual(['edge-dns']);
    expect(doc.postmortem?.sections.resolution).toBe('Fixed it.');
    expect(() => parseFrontMatterMapping('{"bodySection": "epilogue"}', 'm.json')).toThrow(
      /^m\.json:1: bodySection: /,
    );
    expect(() => parseFrontMatterMapping('headline: title', 'm.yaml')).toThrow(/m\.yaml/);
  });

  it('normalises names to the tag and service syntax', () => {
    expect(toTag('  Élan / Vital! ')).toBe('elan-vital');
    expect(toTag('!!!')).toBeNull();
    expect(toServiceName(['Gitlab', 'GitLab .com'])).toBe('gitlab-com');
    expect(toServiceName(['rust-lang', ''])).toBe('rust-lang');
  });
});
