import { FORMAT_LABELS } from '../../../../shared/domain/formatLabels';
import type { Container, Encoding, MappableField } from '../../../../shared/domain/import';

/** Words a researcher recognises for each Tokscope field. */
export const FIELD_LABELS: Record<MappableField, string> = {
  id: 'Video ID',
  url: 'Video URL',
  authorHandle: 'Author handle',
  authorId: 'Author ID',
  authorName: 'Author display name',
  authorFollowers: 'Author followers',
  createTime: 'Posted at',
  description: 'Caption',
  musicId: 'Sound ID',
  musicTitle: 'Sound title',
  musicAuthor: 'Sound author',
  hashtags: 'Hashtags',
  mentions: 'Mentions',
  region: 'Region',
  duration: 'Duration (seconds)',
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  saves: 'Saves',
  isAd: 'Is an ad',
};

export { FORMAT_LABELS };

export const CONTAINER_LABELS: Record<Container, string> = {
  csv: 'CSV (one row per post)',
  json: 'JSON document',
  ndjson: 'NDJSON (one JSON record per line)',
};

export const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western, Excel)',
};

export const DELIMITER_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: ',', label: 'Comma ( , )' },
  { value: ';', label: 'Semicolon ( ; )' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Vertical bar ( | )' },
];

export function delimiterLabel(delimiter: string | null): string {
  if (delimiter === null) return 'Not applicable';
  return DELIMITER_CHOICES.find((d) => d.value === delimiter)?.label ?? `“${delimiter}”`;
}

export function formatLabel(format: string): string {
  return (FORMAT_LABELS as Record<string, string>)[format] ?? format;
}
