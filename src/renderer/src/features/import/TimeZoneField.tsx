import { useId, useState } from 'react';

import { Field } from '../../components/Field';

interface TimeZoneFieldProps {
  value: string;
  zones: readonly string[];
  onChange: (zone: string) => void;
}

/**
 * A type-to-search list of IANA zones (native datalist, so it works with the keyboard and screen
 * readers). The choice is applied only once it names a real zone.
 */
export function TimeZoneField({ value, zones, onChange }: TimeZoneFieldProps) {
  const id = useId();
  const listId = `${id}-zones`;
  const [text, setText] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  // A new value from outside (reset, another file) replaces what the box shows.
  if (value !== seenValue) {
    setSeenValue(value);
    setText(value);
  }
  const valid = text === '' || zones.includes(text);

  const commit = () => {
    if (text === '') onChange('UTC');
    else if (zones.includes(text) && text !== value) onChange(text);
  };

  return (
    <Field
      label="Time zone for times without one"
      htmlFor={id}
      hint={
        valid
          ? 'Used only when a timestamp in the file carries no zone. Stored times are always UTC.'
          : 'Type the name of a zone from the list, such as Europe/Berlin or America/New_York.'
      }
    >
      <input
        id={id}
        className={`input${valid ? '' : ' input--invalid'}`}
        list={listId}
        value={text}
        aria-invalid={!valid}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          if (zones.includes(e.target.value) && e.target.value !== value) onChange(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(value);
        }}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </Field>
  );
}
