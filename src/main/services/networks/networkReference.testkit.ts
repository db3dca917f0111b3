/**
 * The independent reference for network tests: the seed notes' definitions computed the slow,
 * obvious way (nested loops over every pair in a group, string keys), straight from the raw posts —
 * no database, no typed arrays, nothing shared with the engine but the identity rule.
 */
import type { NetworkKind } from '../../../shared/domain/network';
import type { RawPost } from './networkStudy.testkit';

export interface RefOptions {
  minWeight?: number;
  maxGroup?: number | null;
  selfLoops?: boolean;
}

export interface RefNetwork {
  directed: boolean;
  /** "a\tb" → weight; undirected pairs are stored with a < b. */
  edges: Map<string, number>;
  ignoredGroups: number;
}

const norm = (s: string) => s.replace(/^[#@]/, '').normalize('NFC').toLowerCase().normalize('NFC').trim();

export function refAuthor(p: RawPost): string | null {
  if (p.handle) return norm(p.handle);
  return p.authorId ?? null;
}

function refTags(p: RawPost): string[] {
  return [...new Set((p.tags ?? []).map(norm).filter(Boolean))];
}

function refMentions(p: RawPost): string[] {
  return [...new Set((p.mentions ?? []).map(norm).filter(Boolean))];
}

function pairKey(a: string, b: string, directed: boolean): string {
  return directed || a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

function add(map: Map<string, number>, key: string, w = 1): void {
  map.set(key, (map.get(key) ?? 0) + w);
}

/** group → distinct authors, in first-seen order. */
function groupsOf(posts: readonly RawPost[], keysOf: (p: RawPost) => string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of posts) {
    const author = refAuthor(p);
    if (author === null) continue;
    for (const g of keysOf(p)) {
      const list = groups.get(g) ?? [];
      if (!list.includes(author)) list.push(author);
      groups.set(g, list);
    }
  }
  return groups;
}

export function referenceNetwork(kind: NetworkKind, posts: readonly RawPost[], options: RefOptions = {}): RefNetwork {
  const minWeight = options.minWeight ?? 1;
  const maxGroup = options.maxGroup ?? null;
  const edges = new Map<string, number>();
  let ignoredGroups = 0;
  const capped = (size: number) => {
    if (maxGroup !== null && size > maxGroup) {
      ignoredGroups++;
      return true;
    }
    return false;
  };
  const soundsOf = (p: RawPost) => (p.sound ? [p.sound] : []);
  let directed = false;

  if (kind === 'sound' || kind === 'hashtag') {
    for (const authors of groupsOf(posts, kind === 'sound' ? soundsOf : refTags).values()) {
      if (capped(authors.length)) continue;
      for (let i = 0; i < authors.length; i++) {
        for (let j = i + 1; j < authors.length; j++) add(edges, pairKey(authors[i]!, authors[j]!, false));
      }
    }
  } else if (kind === 'mention') {
    directed = true;
    const audience = new Map<string, Set<string>>();
    for (const p of posts) {
      const author = refAuthor(p);
      if (author === null) continue;
      for (const m of refMentions(p)) audience.set(m, (audience.get(m) ?? new Set()).add(author));
    }
    const ignored = new Set<string>();
    for (const [m, authors] of audience) if (capped(authors.size)) ignored.add(m);
    for (const p of posts) {
      const author = refAuthor(p);
      if (author === null) continue;
      for (const m of refMentions(p)) {
        if (ignored.has(m)) continue;
        if (m === author && options.selfLoops === false) continue;
        add(edges, pairKey(author, m, true));
      }
    }
  } else if (kind === 'cohashtag') {
    const ignored = new Set<string>();
    for (const [tag, authors] of groupsOf(posts, refTags)) if (capped(authors.length)) ignored.add(tag);
    for (const p of posts) {
      const tags = refTags(p).filter((t) => !ignored.has(t));
      for (let i = 0; i < tags.length; i++) {
        for (let j = i + 1; j < tags.length; j++) add(edges, pairKey(tags[i]!, tags[j]!, false));
      }
    }
  } else {
    const itemsOf = kind === 'author-hashtag' ? refTags : soundsOf;
    const ignored = new Set<string>();
    for (const [item, authors] of groupsOf(posts, itemsOf)) if (capped(authors.length)) ignored.add(item);
    const pairs = new Map<string, { author: string; item: string; weight: number }>();
    for (const p of posts) {
      const author = refAuthor(p);
      if (author === null) continue;
      for (const item of itemsOf(p)) {
        if (ignored.has(item)) continue;
        const key = `${author}\t${item}`;
        const entry = pairs.get(key) ?? { author, item, weight: 0 };
        entry.weight++;
        pairs.set(key, entry);
      }
    }
    const kept = [...pairs.values()].filter((e) => e.weight >= minWeight);
    // Identity rule: an item whose id equals an author id in the network gets a '#' / 'sound:' prefix.
    const authors = new Set(kept.map((e) => e.author));
    const prefix = kind === 'author-hashtag' ? '#' : 'sound:';
    for (const e of kept) add(edges, pairKey(e.author, authors.has(e.item) ? prefix + e.item : e.item, false), e.weight);
  }
  for (const [k, w] of edges) if (w < minWeight) edges.delete(k);
  return { directed, edges, ignoredGroups };
}

export function refNodes(net: RefNetwork): Set<string> {
  const nodes = new Set<string>();
  for (const k of net.edges.keys()) for (const id of k.split('\t')) nodes.add(id);
  return nodes;
}

/** Edge map of a built network in the reference's key form. */
export function builtEdges(ids: readonly string[], edges: { src: Int32Array; dst: Int32Array; weight: Float64Array }, directed: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < edges.src.length; i++) {
    const key = pairKey(ids[edges.src[i]!]!, ids[edges.dst[i]!]!, directed);
    if (out.has(key)) throw new Error(`duplicate edge ${key}`);
    out.set(key, edges.weight[i]!);
  }
  return out;
}
