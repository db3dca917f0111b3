/** `tokscope datasets --study S`: the study's datasets with their provenance. */
import { Command } from 'commander';

import { listDatasets } from '../../db/repositories/datasets';
import { printJson } from '../output';
import { openCliStudy, studyOption } from '../studyOption';

export function datasetsCommand(): Command {
  return new Command('datasets')
    .description('list the datasets (imports and collections) of a study with their provenance')
    .addOption(studyOption())
    .option('--json', 'a JSON array on stdout')
    .action(async (opts: { study: string; json?: boolean }) => {
      const app = openCliStudy(opts.study);
      try {
        const list = listDatasets(app.context.session.db);
        if (opts.json) printJson(list);
        else
          for (const d of list) {
            process.stdout.write(
              `#${d.id} ${d.label} — ${d.format}, ${d.rowsRead} read, ${d.inserted} inserted, ${d.updated} updated, ${d.unchanged} unchanged, ${d.rejected} rejected (${d.startedAt}${d.sourceSha256 ? `, sha256 ${d.sourceSha256.slice(0, 12)}…` : ''})\n`,
            );
          }
      } finally {
        await app.shutdown();
      }
    });
}
