// The tradeoff-atlas command line: the same host services as the app, for scripts and CI pipelines.
// Each command's module is imported when that command runs: `--help` loads commander alone, `list` never loads the
// catalogue or markdown-it, `score` never opens a folder. Start-up is paid by every command, so it is kept to this file.
import { Command, CommanderError } from 'commander';
import { toAppError } from '../common/errors.ts';
import type { Output, Printed } from './adr-commands.ts';
import type { LintCommandOptions } from './lint-command.ts';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function emit({ out, err, code }: Output<Printed>): void {
  if (typeof out === 'string') {
    if (out) process.stdout.write(`${out}\n`);
  } else {
    // Each piece as it is: a listing's bytes are written without being joined or encoded again.
    for (const piece of out) process.stdout.write(piece);
    process.stdout.write('\n');
  }
  if (err) process.stderr.write(`${err}\n`);
  process.exitCode = code;
}

const program = new Command()
  .name('tradeoff-atlas')
  .description('Weigh ML architecture tradeoffs and keep decision records that cite the research.')
  .version(process.env['npm_package_version'] ?? '0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('catalog')
  .description('print the research catalogue')
  .option('--json', 'the whole catalogue as one JSON object')
  .action(async (opts: { json?: boolean }) => {
    const { catalogCommand } = await import('./catalog-command.ts');
    emit({ out: catalogCommand(opts), err: '', code: 0 });
  });

const workspaceHelp =
  'the decision folder (default: .adr-dir, docs/decisions, docs/adr or doc/adr upwards from here, else $XDG_DATA_HOME/tradeoff-atlas)';

program
  .command('list')
  .description('list the decision records in the folder, one line each')
  .option('--json', 'an array of {file, number, title, status, lifecycle, date, dialect, supersedes, supersededBy}')
  .option('--workspace <dir>', workspaceHelp)
  .action(async (opts: { json?: boolean; workspace?: string }) =>
    emit(await (await import('./list-command.ts')).listCommand(opts)),
  );

program
  .command('new')
  .description("create the next record by the folder's own conventions and print its path")
  .argument('<title>', 'the decision, e.g. "Use Kafka for feature events"')
  .option('--workspace <dir>', workspaceHelp)
  .action(async (title: string, opts: { workspace?: string }) =>
    emit(await (await import('./record-commands.ts')).newCommand(title, opts)),
  );

program
  .command('set')
  .description('edit one record in place, changing only the lines of what is set')
  .argument('<record>', 'its file name or number')
  .option('--status <text>', 'the status, kept as written (e.g. accepted, "on hold")')
  .option('--date <YYYY-MM-DD>', 'the date')
  .option('--workspace <dir>', workspaceHelp)
  .action(async (record: string, opts: { status?: string; date?: string; workspace?: string }) =>
    emit(await (await import('./record-commands.ts')).setCommand(record, opts)),
  );

program
  .command('import')
  .description('import a folder of Markdown ADRs (MADR, adr-tools or log4brains) into the workspace')
  .argument('<dir>', 'folder holding the records to copy in')
  .option('--dry-run', 'report what would be imported, renumbered or skipped, and write nothing')
  .option('--workspace <dir>', workspaceHelp)
  .action(async (dir: string, opts: { workspace?: string; dryRun?: boolean }) =>
    emit(await (await import('./adr-commands.ts')).importCommand(dir, opts)),
  );

program
  .command('export')
  .description('export every decision as Markdown: NNNN-slug.md files plus index.md')
  .requiredOption('--out <dir>', 'folder to write into (created if missing)')
  .option('--format <format>', 'madr, adr-tools or log4brains', 'madr')
  .option('--combined', 'write one combined document (decisions.md) instead of a file per decision')
  .option('--workspace <dir>', workspaceHelp)
  .action(async (opts: { out: string; format: string; combined?: boolean; workspace?: string }) =>
    emit(await (await import('./adr-commands.ts')).exportCommand(opts)),
  );

program
  .command('lint')
  .description(
    'check decision records ESLint-style: errors where a record is broken (unknown citation, missing link target, duplicate number, unreadable file), warnings for the rest',
  )
  .argument('[dir]', 'folder of records (default: the one adr-tools would find from here, else this folder)')
  .option('--format <format>', 'stylish or json', 'stylish')
  .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (default: -1, no limit)')
  .action(async (dir: string | undefined, opts: LintCommandOptions) =>
    emit(await (await import('./lint-command.ts')).lintCommand(dir, opts)),
  );

program
  .command('score')
  .description('score an analysis file and print scores, ranks, break-even and win rates as JSON')
  .argument('<file>', 'analysis JSON (format in the README)')
  .action(async (file: string) => emit(await (await import('./score-command.ts')).scoreCommand(file)));

// Not awaited at the top level: the entry is bundled as CommonJS (see build/bundle-node.js), which has no such await.
program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  // File-system errors name the path and say what went wrong, without Node's error codes.
  process.stderr.write(`tradeoff-atlas: ${toAppError(error).message}\n`);
  process.exit(1);
});
