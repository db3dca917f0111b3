/** The filtered posts and their links, plus per-entity post counts, read once per build. */
import type { Db } from '../../db/connection';
import { loadPostFrame, type PostFrame } from '../../db/networks/postFrame';
import { loadPostHashtags, loadPostMentions, type FrameLinks } from '../../db/networks/postLinks';
import type { NetworkKind } from '../../../shared/domain/network';
import type { PostFilter } from '../../../shared/domain/filter';

export interface NetworkInputs {
  frame: PostFrame;
  hashtags: FrameLinks | null;
  mentions: FrameLinks | null;
}

export function loadNetworkInputs(db: Db, kind: NetworkKind, filter: PostFilter | undefined): NetworkInputs {
  const usesSounds = kind === 'sound' || kind === 'author-sound';
  const usesHashtags = kind === 'hashtag' || kind === 'cohashtag' || kind === 'author-hashtag';
  const frame = loadPostFrame(db, filter, usesSounds);
  return {
    frame,
    hashtags: usesHashtags ? loadPostHashtags(db, frame) : null,
    mentions: kind === 'mention' ? loadPostMentions(db, frame) : null,
  };
}

/** How many times each id occurs (index = database id). */
export function occurrencesById(values: Int32Array): Int32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  const out = new Int32Array(max + 1);
  for (let i = 0; i < values.length; i++) out[values[i]!]!++;
  return out;
}

/** Author of each link's post (0 when the post has no known author). */
export function linkAuthors(frame: PostFrame, links: FrameLinks): Int32Array {
  const out = new Int32Array(links.row.length);
  for (let i = 0; i < out.length; i++) out[i] = frame.author[links.row[i]!]!;
  return out;
}
