import type { Command } from 'commander';
import { buildPublicDocument, exportDocument } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface ExportOptions extends DataOptions {
  format: string;
  public?: boolean;
}

const formats = ['md', 'json', 'html'] as const;
type ExportFormat = (typeof formats)[number];

/**
 * `aftermath export KEY [--format md|json|html] [--public]`: the postmortem on stdout. `--public`
 * prints the redacted public version (internal-only sections, people and unpublished timeline
 * entries removed, secrets and PII replaced by placeholders); HTML is a standalone page without
 * scripts.
 */
export function registerExport(program: Command): void {
  withDataOptions(
    program
      .command('export')
      .description(
        'print an incident and its postmortem as Aftermath Markdown, JSON or HTML; --public for the redacted public version',
      )
      .argument('<key>', 'e.g. INC-42')
      .option('--format <format>', 'md, json or html', 'md')
      .option('--public', 'the redacted public version (see the publication setting)'),
  ).action(
    runAction(async (_output, key: string, options: ExportOptions) => {
      if (!formats.includes(options.format as ExportFormat)) {
        throw new UsageError(`--format must be md, json or html, not ${options.format}`);
      }
      const format = options.format as ExportFormat;
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const text = await withContext(options, async (ctx) =>
        options.public === true
          ? renderPublic(await buildPublicDocument(ctx, systemPrincipal, parsed), format)
          : renderInternal(await exportDocument(ctx, systemPrincipal, parsed), format),
      );
      process.stdout.write(text);
    }),
  );
}

type PublicVersion = Awaited<ReturnType<typeof buildPublicDocument>>;
type InternalDocument = Awaited<ReturnType<typeof exportDocument>>;

async function renderPublic(version: PublicVersion, format: ExportFormat): Promise<string> {
  const { renderPublicMarkdown, renderPublicHtml } = await import('@aftermath/analysis');
  if (format === 'json') return `${JSON.stringify(version.document, null, 2)}\n`;
  return format === 'md'
    ? renderPublicMarkdown(version.document)
    : renderPublicHtml(version.document);
}

async function renderInternal(doc: InternalDocument, format: ExportFormat): Promise<string> {
  const { renderPostmortemMarkdown, renderPostmortemHtml } = await import('@aftermath/analysis');
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return format === 'md' ? renderPostmortemMarkdown(doc) : renderPostmortemHtml(doc);
}
