import { useFilterStore } from '../filters/filterStore';
import { captionLines, type CaptionInput } from './caption';

/** Caption lines for the current shared filter (a figure may pass another filter, e.g. a pinned subset). */
export function useCaption(input: Omit<CaptionInput, 'filter' | 'soundLabels'> & { filter?: CaptionInput['filter'] }): string[] {
  const filter = useFilterStore((s) => s.filter);
  const soundLabels = useFilterStore((s) => s.soundLabels);
  return captionLines({ ...input, filter: input.filter ?? filter, soundLabels });
}
