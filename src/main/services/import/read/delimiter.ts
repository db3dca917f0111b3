/**
 * Which of , ; TAB | separates the fields. Each candidate tokenises the first ~20 records
 * (quote-aware, so commas inside quoted descriptions do not count); the candidate whose
 * per-record count is non-zero and most consistent wins. Ties go to the one with more fields
 * per record (a German "1,5;2,5" row is semicolon-separated with decimal commas), then to comma.
 */
import { CsvTokenizer } from './csvTokenizer';

export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

const SAMPLE_RECORDS = 20;

interface Score {
  delimiter: string;
  /** Share of sampled records whose delimiter count equals the mode. */
  agreement: number;
  /** Most common non-zero delimiter count per record. */
  mode: number;
}

function scoreDelimiter(sample: string, delimiter: string, complete: boolean): Score {
  const counts: number[] = [];
  const tokenizer = new CsvTokenizer(
    {
      record: (fields) => {
        if (counts.length < SAMPLE_RECORDS) counts.push(fields.length - 1);
      },
      error: () => {},
    },
    { delimiter },
  );
  tokenizer.push(sample);
  // A truncated sample ends mid-record: that partial record is left out rather than miscounted.
  if (complete) tokenizer.end();

  const frequency = new Map<number, number>();
  for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [count, times] of frequency) {
    if (times > best || (times === best && count > mode)) {
      mode = count;
      best = times;
    }
  }
  return { delimiter, agreement: counts.length > 0 ? best / counts.length : 0, mode };
}

/** `complete` = the sample is the whole file (so its last record is complete). */
export function detectDelimiter(sample: string, complete: boolean): string {
  let winner: Score | null = null;
  for (const d of DELIMITER_CANDIDATES) {
    const s = scoreDelimiter(sample, d, complete);
    if (s.mode === 0) continue;
    if (
      winner === null ||
      s.agreement > winner.agreement ||
      (s.agreement === winner.agreement && s.mode > winner.mode)
    ) {
      winner = s;
    }
  }
  return winner?.delimiter ?? ',';
}
