import type { Command } from 'commander';
import { addComment, listComments, resolveComment } from '@aftermath/core';
import {
  incidentKey,
  parseOrThrow,
  systemPrincipal,
  type CommentAnchor,
  type PostmortemComment,
} from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatComments } from './comment.format';

interface AddOptions extends DataOptions {
  section?: string;
  entry?: string;
  action?: string;
  reply?: string;
  author?: string;
}

function anchorOf(options: AddOptions): CommentAnchor | undefined {
  const given = [
    options.section !== undefined && ({ kind: 'section', section: options.section } as const),
    options.entry !== undefined && ({ kind: 'timeline', entryId: options.entry } as const),
    options.action !== undefined && ({ kind: 'action', actionId: options.action } as const),
  ].filter((anchor) => anchor !== false);
  if (given.length + (options.reply === undefined ? 0 : 1) !== 1) {
    throw new UsageError('give exactly one of --section, --entry, --action or --reply');
  }
  return given[0] as CommentAnchor | undefined;
}

function registerList(comment: Command): void {
  withDataOptions(
    comment
      .command('list')
      .description('every comment on the postmortem, by thread; resolved threads folded')
      .argument('<key>', 'e.g. INC-42'),
  ).action(
    runAction(async (output, key: string, options: DataOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const items = await withContext(options, (ctx) => listComments(ctx, systemPrincipal, parsed));
      output.result({ items }, () => formatComments(items));
    }),
  );
}

function registerAdd(comment: Command): void {
  withDataOptions(
    comment
      .command('add')
      .description('start a thread at a section, timeline entry or action, or reply to a comment')
      .argument('<key>', 'e.g. INC-42')
      .argument('<text>', 'the comment (Markdown); @name mentions a user')
      .option('--section <name>', 'a section: summary, impact, rootCauses, …')
      .option('--entry <id>', 'a timeline entry id')
      .option('--action <id>', 'an action item id')
      .option('--reply <commentId>', 'reply in the thread of this comment')
      .requiredOption('--author <username>', 'who writes it'),
  ).action(
    runAction(async (output, key: string, text: string, options: AddOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const anchor = anchorOf(options);
      const added: PostmortemComment = await withContext(options, (ctx) =>
        addComment(ctx, systemPrincipal, parsed, {
          body: text,
          ...(anchor === undefined ? {} : { anchor }),
          ...(options.reply === undefined ? {} : { parentId: options.reply }),
          author: options.author,
        }),
      );
      output.info(`comment ${added.id} added to ${parsed}`);
      output.result(added, () => added.id);
    }),
  );
}

function registerResolve(comment: Command): void {
  withDataOptions(
    comment
      .command('resolve')
      .description("resolve a thread (its first comment's id), or reopen it with --reopen")
      .argument('<key>', 'e.g. INC-42')
      .argument('<commentId>', 'the first comment of the thread')
      .option('--reopen', 'reopen a resolved thread')
      .option('--by <username>', 'who resolves it'),
  ).action(
    runAction(
      async (
        output,
        key: string,
        id: string,
        options: DataOptions & { reopen?: boolean; by?: string },
      ) => {
        const parsed = parseOrThrow(incidentKey, key, 'KEY');
        const resolved = options.reopen !== true;
        const next = await withContext(options, (ctx) =>
          resolveComment(ctx, systemPrincipal, parsed, id, {
            resolved,
            ...(options.by === undefined ? {} : { by: options.by }),
          }),
        );
        output.result(next, () => `Thread ${id} ${resolved ? 'resolved' : 'reopened'}.`);
      },
    ),
  );
}

/**
 * `aftermath comment list|add|resolve KEY …`: review comments on a postmortem. `add` needs one
 * anchor (`--section`, `--entry`, `--action`) or `--reply`, and `--author` until the CLI signs in.
 */
export function registerComment(program: Command): void {
  const comment = program
    .command('comment')
    .description("review comments on an incident's postmortem: list, add, resolve");
  registerList(comment);
  registerAdd(comment);
  registerResolve(comment);
}
