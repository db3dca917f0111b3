/** Turns reader items into posts to write or rejections to report, for the chosen plan. */
import type { Rejection } from '../../../shared/domain/import';
import type { NormalisedPost } from '../../../shared/domain/post';
import { compileCsvMapper, compileJsonMapper, type MapContext } from './formats';
import type { ImportPlan } from './plan';
import type { ReadItem } from './read/types';

export type MappedItem = { post: NormalisedPost; line: number; raw: string } | { rejection: Rejection };

export function createRecordMapper(plan: ImportPlan, ctx: MapContext): (item: ReadItem) => MappedItem {
  const csv = plan.container === 'csv' ? compileCsvMapper(plan.header ?? [], plan.mapping, ctx) : null;
  const json = plan.container === 'csv' ? null : compileJsonMapper(plan.format, ctx);
  return (item) => {
    if (item.kind === 'error') return { rejection: { line: item.line, reason: item.reason } };
    if (item.kind === 'csv') {
      if (!csv) return { rejection: { line: item.line, reason: 'a CSV row in a JSON import' } };
      const out = csv(item.values);
      if ('error' in out) return { rejection: { line: item.line, reason: out.error } };
      // CSV raw records are stored as a JSON array in header order; the dataset keeps the header.
      return { post: out.post, line: item.line, raw: JSON.stringify(item.values) };
    }
    if (!json) return { rejection: { line: item.line, reason: 'a JSON record in a CSV import' } };
    const out = json(item.value);
    if ('error' in out) return { rejection: { line: item.line, reason: out.error } };
    return { post: out.post, line: item.line, raw: item.raw };
  };
}
