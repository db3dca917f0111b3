/** Video length in seconds: numbers, numeric strings ("15", "15.0"), or clock text ("1:05", "00:01:05"). */

export function parseDuration(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (s.length === 0) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(s);
  if (clock) {
    const hours = clock[1] === undefined ? 0 : Number(clock[1]);
    return hours * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  }
  return null;
}
