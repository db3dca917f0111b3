/** Node search: a case-insensitive substring of the id or the label. */
export function matchesSearch(query: string, id: string, label: string): boolean {
  const q = query.trim().toLowerCase();
  return q !== '' && (id.toLowerCase().includes(q) || label.toLowerCase().includes(q));
}

/** The best match to jump to: exact id or label first, then the most connected match. */
export function bestMatch(nodes: ReadonlyArray<{ id: string; label: string; weight: number }>, query: string): string | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const exact = nodes.find((n) => n.id.toLowerCase() === q || n.label.toLowerCase() === q);
  if (exact) return exact.id;
  let best: { id: string; weight: number } | null = null;
  for (const n of nodes) if (matchesSearch(q, n.id, n.label) && (!best || n.weight > best.weight)) best = n;
  return best?.id ?? null;
}
