/**
 * The `tokscope` command: the same services as the app, for scripts and reproducible pipelines.
 * With --json, stdout carries only JSON; messages and progress go to stderr.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Command, CommanderError } from 'commander';

import { toErrorShape } from '../../shared/api/result';
import { TOOL_VERSION } from '../../shared/version';
import { COMMANDS } from './commands';

export function buildProgram(): Command {
  const program = new Command('tokscope')
    .description('Tokscope — offline research workbench for TikTok metadata')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const make of COMMANDS) program.addCommand(make().exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`tokscope: ${toErrorShape(err).message}\n`);
    return 1;
  }
}

function invokedDirectly(): boolean {
  try {
    return !!process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  void main(process.argv.slice(2)).then((code) => {
    // `serve` keeps running; everything else ends here.
    if (code !== 0) process.exitCode = code;
  });
}
