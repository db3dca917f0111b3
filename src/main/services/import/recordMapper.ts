/** Turns reader items into posts to write or rejections to report, for the chosen plan. */
import type { Rejection } from '../../../shared/domain/import';
import type { NormalisedPost } from '../../../shared/domain/post';
import { compileCsvMapper, compileJsonMapper, jsonRecordPaths, valueAtPath, type MapContext } from './formats';
import type { ImportPlan } from './plan';
import type { ReadItem } from './read/types';

export type MappedItem = { post: NormalisedPost; line: number; raw: string } | { rejection: Rejection };

/** Returns a function that appends the outcome(s) of one reader item to `out`. */
export function createRecordMapper(plan: ImportPlan, ctx: MapContext): (item: ReadItem, out: MappedItem[]) => void {
  const csv = plan.container === 'csv' ? compileCsvMapper(plan.header ?? [], plan.mapping, ctx) : null;
  const json = plan.container === 'csv' ? null : compileJsonMapper(plan.format, ctx);
  return (item, out) => {
    if (item.kind === 'error') {
      out.push({ rejection: { line: item.line, reason: item.reason } });
    } else if (item.kind === 'csv') {
      if (!csv) return void out.push({ rejection: { line: item.line, reason: 'a CSV row in a JSON import' } });
      const r = csv(item.values);
      // CSV raw records are stored as a JSON array in header order; the dataset keeps the header.
      out.push('error' in r ? { rejection: { line: item.line, reason: r.error } } : { post: r.post, line: item.line, raw: JSON.stringify(item.values) });
    } else {
      if (!json) return void out.push({ rejection: { line: item.line, reason: 'a JSON record in a CSV import' } });
      // An NDJSON line may hold a whole saved response page: map each video in it.
      const paths = plan.container === 'ndjson' ? jsonRecordPaths(plan.format, item.value) : [[]];
      for (const path of paths) {
        const value = path.length === 0 ? item.value : valueAtPath(item.value, path);
        if (value === undefined) continue;
        const r = json(value);
        const raw = path.length === 0 ? item.raw : JSON.stringify(value);
        out.push('error' in r ? { rejection: { line: item.line, reason: r.error } } : { post: r.post, line: item.line, raw });
      }
    }
  };
}
