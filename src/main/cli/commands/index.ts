/** Every CLI command, in the order `--help` lists them. Add a command here. */
import type { Command } from 'commander';

import { analyzeCommand } from './analyzeCommand';
import { datasetsCommand } from './datasetsCommand';
import { importCommand } from './importCommand';
import { networkCommand } from './networkCommand';
import { postsCommand } from './postsCommand';
import { serveCommand } from './serveCommand';

export const COMMANDS: ReadonlyArray<() => Command> = [importCommand, postsCommand, datasetsCommand, analyzeCommand, networkCommand, serveCommand];
