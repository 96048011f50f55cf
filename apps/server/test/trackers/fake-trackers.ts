import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

// One local HTTP server on 127.0.0.1 that speaks the documented request and response shapes of
// the tracker endpoints Aftermath uses (the real services cannot be reached from tests):
//
// GitHub REST — https://docs.github.com/rest/issues/issues
//   POST /repos/{owner}/{repo}/issues  Authorization: Bearer <token>, body { title, body }
//     201 { number, html_url, state: 'open' }; 401 { message: 'Bad credentials' };
//     422 { message: 'Validation Failed', errors: [{ resource, field, code }] }
//   GET /repos/{owner}/{repo}/issues/{number}  200 { number, html_url, state } | 404 { message }
// Jira Cloud REST v3 — https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/
//   POST /rest/api/3/issue  Authorization: Basic base64(email:token), body { fields: { project:
//     { key }, issuetype: { name }, summary, description: ADF doc } }  201 { id, key, self };
//     400 { errorMessages: [], errors: { field: message } }
//   GET /rest/api/3/issue/{key}?fields=status  200 { id, key, fields: { status: { name,
//     statusCategory: { key } } } } | 404 { errorMessages: ['Issue does not exist …'], errors: {} }
// Linear GraphQL — https://developers.linear.app/docs/graphql/working-with-the-graphql-api
//   POST /graphql  Authorization: <API key>, body { query, variables }
//     issueCreate(input: { teamId, title, description }) → { data: { issueCreate: { success,
//     issue: { id, identifier, url, state { name type } } } } }
//     issue(id) → { data: { issue: … } } | { errors: [{ message: 'Entity not found: Issue',
//     extensions: { code: 'INVALID_INPUT' } }] }; no or bad key → HTTP 400 with extensions
//     { code: 'AUTHENTICATION_ERROR' }
// Any service may also answer 429 with Retry-After: `answers` scripts the next answers.

/** One request the fake trackers received, body parsed as JSON. */
export interface TrackerRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A scripted answer, used before the normal handling. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The issue data the fake keeps per tracker. */
export interface FakeIssue {
  title: string;
  description: unknown;
  /** GitHub: open|closed; Jira: status category key; Linear: state type. */
  state: string;
  stateName: string;
  /** Jira: the issue type's name it was filed as. */
  issueType?: string;
}

/** The issue types the fake Jira project `OPS` has (a real project lists its own). */
export const fakeJiraIssueTypes = ['Task', 'Bug', 'Story'];

export interface FakeTrackers {
  url: string;
  requests: TrackerRequest[];
  answers: ScriptedAnswer[];
  github: Map<number, FakeIssue>;
  jira: Map<string, FakeIssue & { id: string }>;
  linear: Map<string, FakeIssue & { id: string }>;
  close(): Promise<void>;
}

/** The credentials the fake accepts. */
export const fakeCredentials = {
  githubToken: ['ghp', 'fake', 'token', '0001'].join('_'),
  jiraUser: 'ops@example.com',
  jiraToken: ['ATATT', 'fake', 'token'].join('-'),
  linearKey: ['lin', 'api', 'fake', 'key'].join('_'),
};

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
type Handler = (request: TrackerRequest, fake: FakeTrackers) => Answer;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function githubAnswer(request: TrackerRequest, fake: FakeTrackers): Answer {
  if (request.headers.authorization !== `Bearer ${fakeCredentials.githubToken}`) {
    return { status: 401, body: { message: 'Bad credentials' } };
  }
  const match = /^\/repos\/([\w.-]+)\/([\w.-]+)\/issues(?:\/(\d+))?$/.exec(request.path);
  if (match === null) return { status: 404, body: { message: 'Not Found' } };
  const html = (n: number) => `https://github.example/${match[1]}/${match[2]}/issues/${n}`;
  if (request.method === 'POST') {
    const body = record(request.body);
    if (typeof body.title !== 'string' || body.title === '') {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
        },
      };
    }
    const number = fake.github.size + 1;
    fake.github.set(number, {
      title: body.title,
      description: body.body,
      state: 'open',
      stateName: 'open',
    });
    return { status: 201, body: { number, html_url: html(number), state: 'open' } };
  }
  const issue = fake.github.get(Number(match[3]));
  if (issue === undefined) return { status: 404, body: { message: 'Not Found' } };
  return {
    status: 200,
    body: { number: Number(match[3]), html_url: html(Number(match[3])), state: issue.state },
  };
}

function jiraAnswer(request: TrackerRequest, fake: FakeTrackers): Answer {
  const basic = Buffer.from(`${fakeCredentials.jiraUser}:${fakeCredentials.jiraToken}`).toString(
    'base64',
  );
  if (request.headers.authorization !== `Basic ${basic}`) {
    return { status: 401, body: 'Client must be authenticated to access this resource.' };
  }
  if (request.method === 'POST' && request.path === '/rest/api/3/issue') {
    const fields = record(record(request.body).fields);
    const errors: Record<string, string> = {};
    if (typeof fields.summary !== 'string' || fields.summary === '') {
      errors.summary = 'You must specify a summary of the issue.';
    }
    if (record(fields.project).key !== 'OPS') errors.project = 'valid project is required';
    const issueType = record(fields.issuetype).name;
    if (typeof issueType !== 'string' || !fakeJiraIssueTypes.includes(issueType)) {
      errors.issuetype = 'Specify a valid issue type';
    }
    if (record(fields.description).type !== 'doc')
      errors.description = 'Operation value must be an Atlassian Document.';
    if (Object.keys(errors).length > 0) return { status: 400, body: { errorMessages: [], errors } };
    const id = String(10_000 + fake.jira.size + 1);
    const key = `OPS-${fake.jira.size + 1}`;
    fake.jira.set(key, {
      id,
      title: String(fields.summary),
      description: fields.description,
      state: 'new',
      stateName: 'To Do',
      issueType: String(issueType),
    });
    return { status: 201, body: { id, key, self: `${fake.url}/rest/api/3/issue/${id}` } };
  }
  const key = /^\/rest\/api\/3\/issue\/([^/?]+)/.exec(request.path)?.[1] ?? '';
  const issue = fake.jira.get(decodeURIComponent(key));
  if (request.method !== 'GET' || issue === undefined) {
    return {
      status: 404,
      body: {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      },
    };
  }
  const statusCategory = { key: issue.state };
  return {
    status: 200,
    body: { id: issue.id, key, fields: { status: { name: issue.stateName, statusCategory } } },
  };
}

function linearIssue(fake: FakeTrackers, identifier: string, issue: FakeIssue & { id: string }) {
  return {
    id: issue.id,
    identifier,
    url: `https://linear.example/acme/issue/${identifier}`,
    state: { name: issue.stateName, type: issue.state },
  };
}

function linearAnswer(request: TrackerRequest, fake: FakeTrackers): Answer {
  if (request.headers.authorization !== fakeCredentials.linearKey) {
    const extensions = { type: 'authentication error', code: 'AUTHENTICATION_ERROR' };
    return {
      status: 400,
      body: { errors: [{ message: 'Authentication required, not authenticated', extensions }] },
    };
  }
  const { query, variables } = record(request.body) as { query?: string; variables?: unknown };
  if (query?.includes('issueCreate(') === true) {
    const input = record(record(variables).input);
    const identifier = `ENG-${fake.linear.size + 1}`;
    const issue = {
      id: `uuid-${identifier}`,
      title: String(input.title),
      description: input.description,
      state: 'unstarted',
      stateName: 'Todo',
    };
    fake.linear.set(identifier, issue);
    return {
      status: 200,
      body: {
        data: { issueCreate: { success: true, issue: linearIssue(fake, identifier, issue) } },
      },
    };
  }
  const id = String(record(variables).id);
  const found = [...fake.linear.entries()].find(
    ([identifier, issue]) => identifier === id || issue.id === id,
  );
  if (found === undefined) {
    const extensions = { type: 'invalid input', code: 'INVALID_INPUT' };
    return {
      status: 200,
      body: { data: null, errors: [{ message: 'Entity not found: Issue', extensions }] },
    };
  }
  return { status: 200, body: { data: { issue: linearIssue(fake, found[0], found[1]) } } };
}

function route(path: string): Handler {
  if (path.startsWith('/repos/')) return githubAnswer;
  if (path.startsWith('/rest/api/3/')) return jiraAnswer;
  return linearAnswer;
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** Starts the fake trackers on 127.0.0.1 (a random port). */
export async function startFakeTrackers(): Promise<FakeTrackers> {
  const fake = {
    url: '',
    requests: [],
    answers: [],
    github: new Map(),
    jira: new Map(),
    linear: new Map(),
  } as unknown as FakeTrackers;
  const server = createServer((incoming, response) => {
    let text = '';
    incoming.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const body = text === '' ? null : (JSON.parse(text) as unknown);
      const request = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        headers: incoming.headers,
        body,
      };
      fake.requests.push(request);
      const answer = fake.answers.shift() ?? route(url.pathname)(request, fake);
      const payload =
        typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
      response
        .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        .end(payload);
    });
  });
  const port = await listening(server);
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}
