import type { SloIndicator } from '@aftermath/domain';
import { parseAllDocuments } from 'yaml';
import { FieldReader, isMap, type YamlMap } from './field-reader';
import { readAlertConditionSpec, readAlertPolicySpec } from './read-alerting';
import { readIndicatorSpec } from './read-indicator';
import { readSlo } from './read-slo';
import type { OpenSloError, OpenSloFile } from './openslo.types';

const KINDS = ['Service', 'SLI', 'SLO', 'AlertPolicy', 'AlertCondition'] as const;
type Kind = (typeof KINDS)[number];
const NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

interface Document {
  index: number;
  kind: Kind;
  name: string;
  body: YamlMap;
}

/**
 * Parses an OpenSLO v1 file (one or more YAML documents separated by `---`) into SLO definitions
 * and the Services, SLIs, AlertPolicies and AlertConditions beside them. SLIs and policies may be
 * referenced by name from SLOs in the same file. Every problem is reported, each naming the
 * document (1-based), its kind and name, and the field path; a file with errors defines nothing.
 *
 * @example
 * const file = parseOpenSlo(yamlText);
 * if (file.errors.length === 0) store(file.slos);
 */
export function parseOpenSlo(text: string): OpenSloFile {
  const file: OpenSloFile = {
    slos: [],
    services: [],
    indicators: [],
    alertPolicies: [],
    alertConditions: [],
    errors: [],
  };
  const documents = readDocuments(text, file.errors);
  const indicators = new Map<string, SloIndicator>();
  const report = (doc: Document, reader: FieldReader): void => {
    for (const issue of reader.issues) {
      file.errors.push({ document: doc.index, kind: doc.kind, name: doc.name, ...issue });
    }
  };
  for (const doc of documents.filter((item) => item.kind !== 'SLO')) {
    const reader = new FieldReader();
    const spec = reader.map(doc.body.spec, 'spec');
    if (spec) readSupporting(reader, doc, spec, file, indicators);
    report(doc, reader);
  }
  const alertPolicies = new Set(file.alertPolicies.map((policy) => policy.name));
  for (const doc of documents.filter((item) => item.kind === 'SLO')) {
    const reader = new FieldReader();
    const slo = readSlo(reader, doc.name, doc.body, { indicators, alertPolicies });
    if (slo) file.slos.push(slo);
    report(doc, reader);
  }
  if (documents.length === 0 && file.errors.length === 0) {
    file.errors.push({
      document: 1,
      kind: null,
      name: null,
      path: '',
      message: 'no OpenSLO documents found',
    });
  }
  return file;
}

function readSupporting(
  reader: FieldReader,
  doc: Document,
  spec: YamlMap,
  file: OpenSloFile,
  indicators: Map<string, SloIndicator>,
): void {
  switch (doc.kind) {
    case 'Service': {
      const metadata = isMap(doc.body.metadata) ? doc.body.metadata : {};
      const description = reader.string(spec.description, 'spec.description', false) ?? '';
      const displayName = typeof metadata.displayName === 'string' ? metadata.displayName : null;
      file.services.push({ name: doc.name, displayName, description });
      return;
    }
    case 'SLI': {
      const indicator = readIndicatorSpec(reader, doc.name, spec, 'spec');
      if (indicator) indicators.set(doc.name, indicator);
      if (indicator) file.indicators.push(indicator);
      return;
    }
    case 'AlertPolicy': {
      const { policy, inline } = readAlertPolicySpec(reader, doc.name, spec, 'spec');
      file.alertPolicies.push(policy);
      file.alertConditions.push(...inline);
      return;
    }
    case 'AlertCondition': {
      const condition = readAlertConditionSpec(reader, doc.name, spec, 'spec');
      if (condition) file.alertConditions.push(condition);
      return;
    }
    case 'SLO':
      return;
  }
}

/** The YAML documents with a known kind and a valid name; problems go to `errors`. */
function readDocuments(text: string, errors: OpenSloError[]): Document[] {
  const documents: Document[] = [];
  const seen = new Set<string>();
  parseAllDocuments(text).forEach((parsed, position) => {
    const index = position + 1;
    const fail = (
      path: string,
      message: string,
      kind: string | null = null,
      name: string | null = null,
    ): void => {
      errors.push({ document: index, kind, name, path, message });
    };
    const yamlError = parsed.errors[0];
    if (yamlError) return fail('', `not valid YAML: ${yamlError.message.split('\n')[0] ?? ''}`);
    // toJS throws on an alias without its anchor and on too many aliases (a YAML bomb).
    let body: unknown;
    try {
      body = parsed.toJS();
    } catch (error) {
      return fail('', `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (body === null || body === undefined) return;
    if (!isMap(body)) return fail('', 'must be a mapping with apiVersion, kind, metadata and spec');
    const kind = KINDS.find((known) => known === body.kind) ?? null;
    const metadata = isMap(body.metadata) ? body.metadata : null;
    const name = typeof metadata?.name === 'string' ? metadata.name : null;
    if (body.apiVersion !== 'openslo/v1') {
      fail(
        'apiVersion',
        `must be openslo/v1, got ${JSON.stringify(body.apiVersion ?? null)}`,
        kind,
        name,
      );
    }
    if (kind === null)
      return fail(
        'kind',
        `must be one of ${KINDS.join(', ')}, got ${JSON.stringify(body.kind ?? null)}`,
      );
    if (name === null) return fail('metadata.name', 'is required', kind);
    if (!NAME.test(name) || name.length > 63) {
      return fail(
        'metadata.name',
        'must be lower-case letters, digits and "-" (at most 63), like checkout-availability',
        kind,
        name,
      );
    }
    if (seen.has(`${kind}/${name}`))
      return fail(
        'metadata.name',
        `a ${kind} with this name appears earlier in the file`,
        kind,
        name,
      );
    seen.add(`${kind}/${name}`);
    if (body.apiVersion === 'openslo/v1') documents.push({ index, kind, name, body });
  });
  return documents;
}
