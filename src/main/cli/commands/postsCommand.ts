/** `tokscope posts --study S`: every post (or the first N) as JSON Lines or a short table. */
import { Command } from 'commander';

import { iteratePosts } from '../../db/repositories/postsReader';
import { printJson } from '../output';
import { filterFromOptions, withFilterOptions } from '../filterOptions';
import { openCliStudy, studyOption } from '../studyOption';

export function postsCommand(): Command {
  return withFilterOptions(
    new Command('posts')
      .description('print the posts of a study')
      .addOption(studyOption())
      .option('--limit <n>', 'at most N posts', (v) => Number.parseInt(v, 10))
      .option('--json', 'JSON Lines on stdout, one post per line'),
  ).action(async (opts: { study: string; limit?: number; json?: boolean } & Record<string, unknown>) => {
    const app = openCliStudy(opts.study);
    try {
      let n = 0;
      const limit = opts.limit ?? Number.POSITIVE_INFINITY;
      for (const post of iteratePosts(app.context.session.db, filterFromOptions(opts))) {
        if (n++ >= limit) break;
        if (opts.json) printJson(post);
        else {
          const desc = (post.description ?? '').replace(/\s+/g, ' ').slice(0, 60);
          process.stdout.write(`${post.id}\t${post.createTime ?? '-'}\t@${post.authorHandle ?? post.authorId ?? '?'}\t${post.views ?? '-'}\t${desc}\n`);
        }
      }
    } finally {
      await app.shutdown();
    }
  });
}
