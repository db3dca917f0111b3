/** `tokscope import FILE… --study S`: imports files in order, one summary per file. */
import path from 'node:path';

import { Command, Option } from 'commander';

import { toErrorShape } from '../../../shared/api/result';
import { ENCODINGS, FORMAT_IDS, type Container, type Encoding, type FormatId, type ImportSummary } from '../../../shared/domain/import';
import { runImport } from '../../services/import/runImport';
import { endProgress, info, printJson, progressLine } from '../output';
import { openCliStudy, studyOption } from '../studyOption';

function describe(s: ImportSummary): string {
  const lines = [
    `${s.file}: ${s.format} (${s.encoding}${s.delimiter ? `, delimiter ${JSON.stringify(s.delimiter)}` : ''})`,
    `  read ${s.rowsRead}, inserted ${s.inserted}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected}`,
    ...s.warnings.map((w) => `  note: ${w}`),
    ...s.rejections.slice(0, 20).map((r) => `  line ${r.line}: ${r.reason}`),
  ];
  if (s.rejections.length > 20) lines.push(`  … ${s.rejections.length - 20} more rejections (use --json for all)`);
  return lines.join('\n');
}

export function importCommand(): Command {
  return new Command('import')
    .description('import data files into a study (created when missing)')
    .argument('<files...>', 'CSV, JSON or NDJSON files')
    .addOption(studyOption())
    .addOption(new Option('--format <container>', 'file container').choices(['auto', 'csv', 'json', 'ndjson']).default('auto'))
    .addOption(new Option('--preset <id>', 'force a format preset instead of detecting it').choices([...FORMAT_IDS]))
    .addOption(new Option('--encoding <name>', 'force a text encoding').choices([...ENCODINGS]))
    .option('--delimiter <char>', 'force the CSV delimiter')
    .option('--timezone <zone>', 'IANA zone for timestamps without one', 'UTC')
    .option('--json', 'print one JSON summary per file on stdout')
    .option('--progress', 'print machine-readable progress lines ("progress <fraction> <records>") on stderr')
    .action(async (files: string[], opts: { study: string; format: string; preset?: FormatId; encoding?: Encoding; delimiter?: string; timezone: string; json?: boolean; progress?: boolean }) => {
      const app = openCliStudy(opts.study, true);
      let failures = 0;
      try {
        for (const file of files) {
          try {
            const summary = await runImport(
              app.context.session.db,
              {
                path: path.resolve(file),
                ...(opts.format !== 'auto' ? { container: opts.format as Container } : {}),
                ...(opts.preset ? { format: opts.preset } : {}),
                ...(opts.encoding ? { encoding: opts.encoding } : {}),
                ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
                timezone: opts.timezone,
              },
              {
                actor: 'cli',
                progressIntervalMs: opts.progress ? 50 : 250,
                onProgress: (p) => {
                  const fraction = p.bytesRead / Math.max(1, p.totalBytes);
                  if (opts.progress) info(`progress ${fraction.toFixed(4)} ${p.rowsRead}`);
                  else progressLine(`${path.basename(file)}: ${Math.round(100 * fraction)}% · ${p.rowsRead} records`);
                },
              },
            );
            endProgress();
            if (opts.json) printJson({ ...summary, file });
            else info(describe(summary));
          } catch (err) {
            endProgress();
            failures++;
            const e = toErrorShape(err);
            if (opts.json) printJson({ file, error: e });
            info(`tokscope: ${file}: ${e.message}`);
          }
        }
      } finally {
        await app.shutdown();
      }
      if (failures > 0) process.exitCode = 1;
    });
}

