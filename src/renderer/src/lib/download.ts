/** Saves a blob as a file through the browser's download, without a round trip to the backend. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file (CSV by default). */
export function downloadText(fileName: string, text: string, mime = 'text/csv;charset=utf-8'): void {
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 (emoji, accents).
  downloadBlob(fileName, new Blob(['\uFEFF', text], { type: mime }));
}

/** A file name built from user text keeps only characters every file system accepts. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .trim()
    .slice(0, 80);
  return `${cleaned || 'tokscope'}.${extension}`;
}
