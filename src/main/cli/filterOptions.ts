/** The shared filter flags (--dataset, --from, --to, --author, --hashtag, --sound, --text). */
import type { Command } from 'commander';

import type { PostFilter } from '../../shared/domain/filter';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--dataset <ids>', 'only posts from these dataset ids (repeatable, comma-separated)', collect)
    .option('--from <date>', 'only posts created on/after this date (YYYY-MM-DD or ISO, UTC)')
    .option('--to <date>', 'only posts created on/before this date (YYYY-MM-DD or ISO, UTC)')
    .option('--author <handles>', 'only these authors (repeatable, comma-separated)', collect)
    .option('--hashtag <tags>', 'only posts with any of these hashtags (repeatable, comma-separated)', collect)
    .option('--sound <ids>', 'only posts using any of these music ids (repeatable, comma-separated)', collect)
    .option('--text <text>', 'only posts whose description contains this text');
}

export function filterFromOptions(o: Record<string, unknown>): PostFilter {
  const f: PostFilter = {};
  const list = (k: string) => (Array.isArray(o[k]) ? (o[k] as string[]) : undefined);
  const ds = list('dataset');
  if (ds?.length) f.datasetIds = ds.map((d) => Number.parseInt(d, 10)).filter((d) => Number.isInteger(d) && d > 0);
  if (typeof o.from === 'string') f.from = o.from;
  if (typeof o.to === 'string') f.to = o.to;
  const authors = list('author');
  if (authors?.length) f.authors = authors;
  const tags = list('hashtag');
  if (tags?.length) f.hashtags = tags;
  const sounds = list('sound');
  if (sounds?.length) f.sounds = sounds;
  if (typeof o.text === 'string') f.text = o.text;
  return f;
}
