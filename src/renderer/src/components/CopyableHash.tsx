import { useState } from 'react';

interface CopyableHashProps {
  value: string | null;
  label?: string;
}

/** A long checksum shown short; the full value is in the tooltip and one click copies it. */
export function CopyableHash({ value, label = 'SHA-256' }: CopyableHashProps) {
  const [copied, setCopied] = useState(false);
  if (!value) return <span className="muted">—</span>;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <span className="hash">
      <code title={value}>{`${value.slice(0, 12)}…`}</code>
      <button type="button" className="link-button" onClick={copy} aria-label={`Copy full ${label}`}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
