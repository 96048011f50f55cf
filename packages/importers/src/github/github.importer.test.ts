import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertmanagerImporter } from '../alertmanager';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  readRealdata,
  realdataRoot,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { deploymentStatePhrases } from './deployment-events';
import { identifyEvent } from './github-body';
import { createGitHubImporter, githubImporter } from './github.importer';

const examples = 'webhooks-github-octokit/dev/api.github.com';
const present = existsSync(resolve(realdataRoot, examples));
const files = present
  ? readdirSync(resolve(realdataRoot, examples), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .sort()
  : [];
const payload = (file: string) =>
  JSON.parse(readRealdata(`${examples}/${file}`)) as Record<string, unknown>;
const importText = (text: string, importer = githubImporter) => runImport(importer, sourceOf(text));

describe.skipIf(!present)("octokit's real GitHub webhook examples", () => {
  it.each(files)('%s is identified as the event of its folder', (file) => {
    expect(identifyEvent(payload(file))).toBe(file.split('/')[0]);
  });

  it.each(
    files.filter((file) => /^(deployment|deployment_status|workflow_run|check_run)\//.test(file)),
  )('%s imports as one entry with a valid time and the repository as service', async (file) => {
    const { items, problems } = await importText(readRealdata(`${examples}/${file}`));
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]?.entry).toMatchObject({
      source: 'github',
      precision: 's',
      evidence: { line: 1, jsonPointer: '' },
    });
    expect(items[0]?.entry.service).toMatch(/^(hello-world|octo-repo|electron)$/);
  });

  it.each(
    files.filter((file) => !/^(deployment|deployment_status|workflow_run|check_run)\//.test(file)),
  )('%s is reported as an event that is not imported', async (file) => {
    const { items, problems } = await importText(readRealdata(`${examples}/${file}`));
    expect(items).toEqual([]);
    expect(problems[0]?.message).toBe(
      `GitHub ${file.split('/')[0]} events are not imported (imported: deployment, deployment_status, workflow_run, check_run)`,
    );
  });

  it('reads deployments and their statuses as deploys on the target environment', async () => {
    const created = await importText(readRealdata(`${examples}/deployment/payload.json`));
    expect(created.items[0]).toMatchObject({
      dedupeKey: 'github:deployment:145988746:created',
      entry: {
        at: '2019-05-15T15:20:53.000Z',
        kind: 'deploy',
        title: 'Hello-World master@f95f852 to production — deployment created',
        author: 'Codertocat',
      },
    });
    const pages = await importText(
      readRealdata(`${examples}/deployment_status/gh-pages.payload.json`),
    );
    expect(pages.items[0]?.entry).toMatchObject({
      at: '2022-01-03T01:28:40.000Z',
      title: 'Hello-World master@f95f852 to github-pages — deployment in progress',
    });
    const success = await importText(readRealdata(`${examples}/deployment_status/payload.json`));
    expect(success.items[0]?.dedupeKey).toBe('github:deployment_status:209916254:success');
    expect(success.items[0]?.entry.title).toBe(
      'Hello-World master@f95f852 to production — deployed',
    );
  });

  it.each(Object.keys(deploymentStatePhrases))('reads the %s deployment state', async (state) => {
    const body = payload('deployment_status/payload.json');
    const status = { ...(body.deployment_status as object), state };
    const { items } = await importText(JSON.stringify({ ...body, deployment_status: status }));
    expect(items[0]?.entry.title).toBe(
      `Hello-World master@f95f852 to production — ${deploymentStatePhrases[state]}`,
    );
    expect(items[0]?.dedupeKey).toBe(`github:deployment_status:209916254:${state}`);
  });

  it('tags a successful rollback deployment so the mitigation can be proposed', async () => {
    const body = payload('deployment_status/payload.json');
    const deployment = { ...(body.deployment as object), task: 'deploy:rollback' };
    const { items } = await importText(JSON.stringify({ ...body, deployment }));
    expect(items[0]?.entry.title).toBe(
      '[ROLLBACK] Hello-World master@f95f852 to production — deployed',
    );
  });

  it('reads workflow runs and check runs as changes, at the time of the action', async () => {
    const run = await importText(readRealdata(`${examples}/workflow_run/completed.payload.json`));
    expect(run.items[0]?.entry).toMatchObject({
      at: '2020-10-05T16:33:49.000Z',
      kind: 'change',
      title: 'octo-repo workflow "test" run #163 completed: success on master@3484a3f',
    });
    const requested = await importText(
      readRealdata(`${examples}/workflow_run/requested.payload.json`),
    );
    expect(requested.items[0]?.entry.at).toBe('2020-10-05T16:33:24.000Z');
    const failed = await importText(readRealdata(`${examples}/check_run/completed.1.payload.json`));
    expect(failed.items[0]?.entry).toMatchObject({
      at: '2019-05-15T15:21:12.000Z',
      kind: 'change',
      title: 'Hello-World check "Octocoders-linter" completed: failure on ec26c3e',
    });
  });

  it('uses the delivery id from the headers, a saved delivery record or a hint', async () => {
    const body = payload('deployment_status/payload.json');
    const record = {
      guid: '0b989ba4-242f-11e5-81e1-c7b6966d2516',
      event: 'deployment_status',
      request: { headers: { 'X-GitHub-Event': 'deployment_status' }, payload: body },
    };
    const saved = await importText(JSON.stringify(record, null, 2));
    expect(saved.items[0]?.dedupeKey).toBe('github:delivery:0b989ba4-242f-11e5-81e1-c7b6966d2516');
    expect(saved.items[0]?.entry.evidence?.jsonPointer).toBe('/request/payload');
    const headers = { headers: { 'x-github-delivery': 'guid-2' }, payload: body };
    expect((await importText(JSON.stringify(headers))).items[0]?.dedupeKey).toBe(
      'github:delivery:guid-2',
    );
    const hinted = createGitHubImporter({ event: 'deployment', deliveryId: 'guid-3' });
    const asDeployment = await importText(JSON.stringify(body), hinted);
    expect(asDeployment.items[0]).toMatchObject({
      dedupeKey: 'github:delivery:guid-3',
      entry: { title: 'Hello-World master@f95f852 to production — deployment created' },
    });
  });

  it('gives the same keys when the same bodies are imported twice', async () => {
    const list = JSON.stringify(
      files.filter((f) => /^deployment(_status)?\//.test(f)).map(payload),
    );
    const first = await importText(list);
    const again = await runImport(githubImporter, sourceOf(list, 1000));
    expect(again.items.map((i) => i.dedupeKey)).toEqual(first.items.map((i) => i.dedupeKey));
    expect(first.items.map((i) => i.entry.evidence?.jsonPointer)).toEqual([
      '/0',
      '/1',
      '/2',
      '/3',
      '/4',
      '/5',
    ]);
  });

  it('is detected for GitHub bodies and not for other formats', () => {
    const body = readRealdata(`${examples}/deployment_status/payload.json`);
    expect(githubImporter.detect(body, 'payload.json')).toBeGreaterThan(0.8);
    expect(alertmanagerImporter.detect(body, 'payload.json')).toBe(0);
    const push = readRealdata(`${examples}/push/payload.json`);
    expect(githubImporter.detect(push, 'payload.json')).toBeGreaterThan(0);
    expect(githubImporter.detect(push, 'payload.json')).toBeLessThan(0.5);
  });
});

describe('malformed GitHub input', () => {
  it('names the missing field and imports the rest', async () => {
    const list = [
      {
        action: 'created',
        deployment: { id: 1, created_at: 'later' },
        repository: { name: 'api' },
      },
      { action: 'created', deployment_status: { state: 'success' }, deployment: {} },
      { hello: 'world' },
      {
        action: 'created',
        deployment: { id: 2, created_at: '2026-03-01T09:00:00Z', sha: 'abc1234def' },
        repository: { name: 'API' },
      },
    ];
    const { items, problems } = await importText(JSON.stringify(list));
    expect(items.map((item) => [item.entry.title, item.entry.service])).toEqual([
      ['API abc1234 to an environment — deployment created', 'api'],
    ]);
    expect(problems.map((p) => [p.jsonPointer, p.message])).toEqual([
      ['/0', 'deployment.created_at must be an ISO 8601 time, not "later"'],
      ['/1', 'deployment_status.id is required'],
      [
        '/2',
        'not a GitHub webhook body of a known event (imported: deployment, deployment_status, workflow_run, check_run)',
      ],
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const object = fc.dictionary(
      fc.constantFrom('id', 'state', 'created_at', 'updated_at', 'name', 'sha', 'status'),
      fc.jsonValue(),
    );
    const shaped = fc.record(
      {
        action: fc.jsonValue(),
        deployment: object,
        deployment_status: object,
        workflow_run: object,
        workflow: object,
        check_run: object,
        repository: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await assertImportsAnyJson(githubImporter, shaped);
    await assertImportsAnyText(githubImporter);
  });
});
