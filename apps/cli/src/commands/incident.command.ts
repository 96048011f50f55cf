import type { Command } from 'commander';
import { createIncident, getIncident, listIncidents } from '@aftermath/core';
import {
  createIncidentInput,
  incidentFilter,
  incidentKey,
  parseOrThrow,
  systemPrincipal,
  type Incident,
} from '@aftermath/domain';
import { runAction } from '../run-action';
import { withBackend } from '../remote';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatIncident, formatIncidentTable } from './incident.format';
import { registerTag } from './incident-tag.command';
import { registerUpdate } from './incident-update.command';

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface CreateOptions extends DataOptions {
  title?: string;
  severity?: string;
  type?: string;
  service?: string[];
  tag?: string[];
  commander?: string;
  restricted?: boolean;
  impactStartedAt?: string;
  detectedAt?: string;
}

interface ListOptions extends DataOptions {
  status?: string;
  severity?: string;
  service?: string;
  text?: string;
  limit?: string;
  offset?: string;
}

const csv = (value: string | undefined) => value?.split(',').map((part) => part.trim());

function registerCreate(incident: Command): void {
  withDataOptions(incident.command('create').description('create an incident'))
    .requiredOption('--title <title>', 'what is happening, in a few words')
    .requiredOption('--severity <sev>', 'SEV1 (worst) … SEV4')
    .option(
      '--type <type>',
      'outage, degradation, security, data-loss, near-miss or other',
      'outage',
    )
    .option('--service <name>', 'affected service (repeatable)', collect)
    .option('--tag <tag>', 'tag (repeatable)', collect)
    .option('--commander <name>', 'incident commander')
    .option('--restricted', 'visible only to its members and admins')
    .option('--impact-started-at <time>', 'ISO 8601 time impact began')
    .option('--detected-at <time>', 'ISO 8601 time it was detected')
    .action(
      runAction(async (output, options: CreateOptions) => {
        const input = parseOrThrow(createIncidentInput, {
          title: options.title,
          severity: options.severity,
          type: options.type,
          services: options.service ?? [],
          tags: options.tag ?? [],
          commander: options.commander ?? null,
          visibility: options.restricted ? 'restricted' : 'normal',
          milestones: {
            ...(options.impactStartedAt ? { impactStartedAt: options.impactStartedAt } : {}),
            ...(options.detectedAt ? { detectedAt: options.detectedAt } : {}),
          },
        });
        const created = await withContext(options, (ctx) =>
          createIncident(ctx, systemPrincipal, input),
        );
        output.result(created, () => `Created ${created.key}: ${created.title}`);
      }),
    );
}

function registerList(incident: Command): void {
  withDataOptions(incident.command('list').description('list incidents, newest first'))
    .option('--status <list>', 'comma-separated: open,mitigated,resolved,closed')
    .option('--severity <list>', 'comma-separated: SEV1,SEV2,…')
    .option('--service <name>', 'only incidents affecting this service')
    .option('--text <words>', 'title or key contains this text')
    .option('--limit <n>', 'page size (1–500)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .action(
      runAction(async (output, options: ListOptions) => {
        const filter = parseOrThrow(incidentFilter, {
          status: csv(options.status),
          severity: csv(options.severity),
          service: options.service,
          text: options.text,
          limit: options.limit,
          offset: options.offset,
        });
        const page = await withBackend(
          options,
          (ctx) => listIncidents(ctx, systemPrincipal, filter),
          async (api) => (await api.call('listIncidents', { query: filter })).data,
        );
        output.result(page, () => formatIncidentTable(page.items, page.total));
      }),
    );
}

function registerShow(incident: Command): void {
  withDataOptions(
    incident.command('show').description('show one incident').argument('<key>', 'e.g. INC-42'),
  ).action(
    runAction(async (output, key: string, options: DataOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const found: Incident = await withBackend(
        options,
        (ctx) => getIncident(ctx, systemPrincipal, parsed),
        async (api) => (await api.call('getIncident', { params: { key: parsed } })).data,
      );
      output.result(found, () => formatIncident(found));
    }),
  );
}

/** `aftermath incident create|list|show|update|tag`. */
export function registerIncident(program: Command): void {
  const incident = program
    .command('incident')
    .description('create, list, show, update and tag incidents');
  registerCreate(incident);
  registerList(incident);
  registerShow(incident);
  registerUpdate(incident);
  registerTag(incident);
}
