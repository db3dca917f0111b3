import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { Suggestion } from '../../../../shared/api/coreApi';
import { getApi } from '../../api';
import { formatCount } from '../../lib/format';
import type { ListKind } from './logic';

interface TypeAheadInputProps {
  kind: ListKind;
  label: string;
  placeholder: string;
  /** Sounds are matched by id, so only a suggestion can be picked; authors and hashtags accept free text. */
  allowFreeText: boolean;
  onPick: (value: string, label: string) => void;
}

const DEBOUNCE_MS = 150;

/** Handles and hashtags are shown with their sigil, as researchers know them from TikTok. */
function displayLabel(kind: ListKind, label: string): string {
  if (kind === 'authors' && !label.startsWith('@')) return `@${label}`;
  if (kind === 'hashtags' && !label.startsWith('#')) return `#${label}`;
  return label;
}

/** A combobox (WAI-ARIA 1.2 pattern) with suggestions from `posts.suggest`. */
export function TypeAheadInput({ kind, label, placeholder, allowFreeText, onPick }: TypeAheadInputProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    const prefix = text.replace(/^[#@＃＠]+/u, '').trim();
    if (!open) return;
    const current = ++request.current;
    const timer = window.setTimeout(() => {
      getApi()
        .call('posts.suggest', { kind, prefix, limit: 8 })
        .then((result) => {
          if (current !== request.current) return;
          setOptions(result);
          setActive(-1);
        })
        .catch(() => setOptions([]));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, kind, open]);

  const pick = (option: Suggestion | null) => {
    if (option) onPick(option.value, option.label);
    else if (allowFreeText && text.trim()) onPick(text.trim(), text.trim());
    else return;
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(open && active >= 0 ? (options[active] ?? null) : null);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else setText('');
    }
  };

  const showList = open && options.length > 0;
  return (
    <div className="typeahead">
      <label htmlFor={id} className="filterbar__label">
        {label}
      </label>
      <input
        id={id}
        className="input input--compact"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="typeahead__list" hidden={!showList} aria-label={`${label} suggestions`}>
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="typeahead__option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            <span className="typeahead__value">{displayLabel(kind, option.label)}</span>
            <span className="typeahead__count">{formatCount(option.posts)} posts</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
