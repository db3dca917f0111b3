/** `tokscope serve --study S [--port N]`: the browser workbench on 127.0.0.1 with a per-run token. */
import fs from 'node:fs';
import path from 'node:path';

import { Command } from 'commander';

import { createApp } from '../../app/createApp';
import { appRoot } from '../../app/paths';
import { ensureSampleStudy } from '../../app/sampleStudy';
import { startServer } from '../../server/httpServer';
import { info } from '../output';

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the browser workbench on 127.0.0.1 (prints its URL with an access token)')
    .option('--study <file>', 'the study to open (created when missing); default: the bundled sample study')
    .option('--port <n>', 'port to listen on (0 picks a free one)', (v) => Number.parseInt(v, 10), 0)
    .action(async (opts: { study?: string; port: number }) => {
      const app = createApp({ transport: 'http', actor: 'workbench' });
      const session = app.context.session;
      if (opts.study) session.openOrCreate(opts.study, 'workbench');
      else session.open(await ensureSampleStudy(app.context.paths), 'workbench');

      const staticRoot = path.join(appRoot(), 'out', 'renderer');
      if (!fs.existsSync(path.join(staticRoot, 'index.html'))) {
        info('tokscope: the UI is not built (out/renderer is missing); run `npm run build`. The API still works.');
      }
      const server = await startServer({ handlers: app.handlers, events: app.context.events, port: opts.port, staticRoot });
      process.stdout.write(`${server.url}\n`);
      info(`Tokscope workbench for ${session.path} — open the URL above in a browser. Ctrl-C stops it.`);

      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        info('tokscope: stopping…');
        await server.close();
        await app.shutdown();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
