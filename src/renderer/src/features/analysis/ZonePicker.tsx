import { useId, useState } from 'react';

import { useStudyStore } from '../../stores/studyStore';

/** The list holds ICU's canonical names (Asia/Calcutta); current names (Asia/Kolkata) are valid too. */
function isZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

interface ZonePickerProps {
  value: string;
  onChange: (zone: string) => void;
}

/** Any IANA zone the runtime knows, typed with suggestions; only a known zone is applied. */
export function ZonePicker({ value, onChange }: ZonePickerProps) {
  const zones = useStudyStore((s) => s.appInfo?.timezones ?? ['UTC']);
  const id = useId();
  // What the user is typing; null shows the applied zone.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const known = zones.includes(text) || isZone(text);
  const commit = () => {
    if (known && text !== value) onChange(text);
    if (known) setDraft(null);
  };
  return (
    <div className="analysis-zone">
      <label htmlFor={id} className="filterbar__label">
        Time zone
      </label>
      <input
        id={id}
        className={`input input--compact${text && !known ? ' input--invalid' : ''}`}
        list={`${id}-zones`}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-invalid={!known}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <span id={`${id}-hint`} className="muted small">
        {known ? 'Hours, days and weeks are shown in this zone, with daylight-saving time applied.' : 'Pick a zone from the list, e.g. Europe/Berlin.'}
      </span>
    </div>
  );
}
