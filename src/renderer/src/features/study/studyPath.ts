/** Path helpers for the browser workbench, where the user types a study's location. */

export const STUDY_EXTENSION = '.tokscope';

/** Joins with the separator the backend's default directory already uses (Windows or POSIX). */
export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(separator) ? `${dir}${name}` : `${dir}${separator}${name}`;
}

export function withStudyExtension(path: string): string {
  const trimmed = path.trim();
  return trimmed.toLowerCase().endsWith(STUDY_EXTENSION) ? trimmed : `${trimmed}${STUDY_EXTENSION}`;
}

/** "My study" → "my-study.tokscope": a file name that survives every file system. */
export function studyFileName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'new-study'}${STUDY_EXTENSION}`;
}
