import type { NewIssue, RemoteIssue, TrackerAccess, TrackerClient } from '@aftermath/core';
import type { TrackerKind } from '@aftermath/domain';
import { createGithubIssue, readGithubIssue } from './github-tracker';
import { createJiraIssue, readJiraIssue } from './jira-tracker';
import { createLinearIssue, readLinearIssue } from './linear-tracker';

interface TrackerApi {
  create(access: TrackerAccess, issue: NewIssue): Promise<RemoteIssue>;
  read(access: TrackerAccess, ref: string): Promise<RemoteIssue>;
}

const apis: Record<TrackerKind, TrackerApi> = {
  github: { create: createGithubIssue, read: readGithubIssue },
  jira: { create: createJiraIssue, read: readJiraIssue },
  linear: { create: createLinearIssue, read: readLinearIssue },
};

/** The tracker client over HTTP: GitHub REST, Jira Cloud REST v3 and Linear GraphQL. */
export function createTrackerClient(): TrackerClient {
  return {
    createIssue: (access, issue) => apis[access.kind].create(access, issue),
    readIssue: (access, ref) => apis[access.kind].read(access, ref),
  };
}
