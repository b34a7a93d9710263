// The tradeoff-atlas command line: the same host services as the app, for scripts and CI pipelines.
import { Command, CommanderError } from 'commander';
import { catalogCommand } from './catalog-command.ts';

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
  .action((opts: { json?: boolean }) => {
    process.stdout.write(`${catalogCommand(opts)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`tradeoff-atlas: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
