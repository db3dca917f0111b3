import { useEffect, useId, useState } from 'react';

import { useFilterStore } from './filterStore';
import { chipsOf, rangeProblem } from './logic';
import { TypeAheadInput } from './TypeAheadInput';

const TEXT_DEBOUNCE_MS = 300;

/**
 * The filter bar every data screen shares (Posts, Analysis, Networks). It edits `useFilterStore`
 * and knows nothing about the screen it sits on.
 */
export function FilterBar() {
  const filter = useFilterStore((s) => s.filter);
  const soundLabels = useFilterStore((s) => s.soundLabels);
  const add = useFilterStore((s) => s.add);
  const setValue = useFilterStore((s) => s.set);
  const remove = useFilterStore((s) => s.remove);
  const clear = useFilterStore((s) => s.clear);
  const fromId = useId();
  const toId = useId();
  const textId = useId();
  const [text, setText] = useState(filter.text ?? '');
  const [seenText, setSeenText] = useState(filter.text);

  // Keep the box in step when the text chip is removed or the filter is cleared elsewhere, but not
  // when the change is this box's own (trimmed) text arriving: that would eat a trailing space.
  if (filter.text !== seenText) {
    setSeenText(filter.text);
    if ((filter.text ?? '') !== text.trim()) setText(filter.text ?? '');
  }

  useEffect(() => {
    if (text.trim() === (filter.text ?? '')) return;
    const timer = window.setTimeout(() => setValue('text', text), TEXT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter.text, setValue]);

  const chips = chipsOf(filter, soundLabels);
  const problem = rangeProblem(filter);

  return (
    <section className="filterbar" aria-label="Filter posts">
      <div className="filterbar__inputs">
        <div className="filterbar__dates">
          <div>
            <label htmlFor={fromId} className="filterbar__label">
              From (UTC)
            </label>
            <input
              id={fromId}
              type="date"
              className="input input--compact"
              value={filter.from?.slice(0, 10) ?? ''}
              onChange={(e) => setValue('from', e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={toId} className="filterbar__label">
              To (UTC)
            </label>
            <input
              id={toId}
              type="date"
              className="input input--compact"
              value={filter.to?.slice(0, 10) ?? ''}
              onChange={(e) => setValue('to', e.target.value)}
            />
          </div>
        </div>
        <TypeAheadInput kind="authors" label="Author" placeholder="@handle" allowFreeText onPick={(v) => add('authors', v)} />
        <TypeAheadInput kind="hashtags" label="Hashtag" placeholder="#hashtag" allowFreeText onPick={(v) => add('hashtags', v)} />
        <TypeAheadInput
          kind="sounds"
          label="Sound"
          placeholder="Sound title"
          allowFreeText={false}
          onPick={(v, label) => add('sounds', v, label)}
        />
        <div className="filterbar__text">
          <label htmlFor={textId} className="filterbar__label">
            Caption contains
          </label>
          <input
            id={textId}
            type="search"
            className="input input--compact"
            placeholder="Search captions"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setValue('text', text);
            }}
          />
        </div>
      </div>
      {chips.length > 0 && (
        <div className="filterbar__chips" aria-label="Active filters">
          {chips.map((chip) => (
            <span className="chip" key={chip.id}>
              <span className="chip__label">{chip.label}</span>
              <button type="button" className="chip__remove" aria-label={`Remove filter ${chip.label}`} onClick={() => remove(chip)}>
                ×
              </button>
            </span>
          ))}
          <button type="button" className="link-button" onClick={clear}>
            Clear all
          </button>
        </div>
      )}
      {problem && (
        <p className="filterbar__problem" role="status">
          {problem}
        </p>
      )}
    </section>
  );
}
