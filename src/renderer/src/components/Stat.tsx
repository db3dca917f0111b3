import type { ReactNode } from 'react';

interface StatProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'default' | 'good' | 'warn' | 'bad';
  /** Text values (dates, ranges) are set smaller than counts so they fit on one line. */
  kind?: 'number' | 'text';
}

/** One labelled number in a summary row. */
export function Stat({ label, value, detail, tone = 'default', kind = 'number' }: StatProps) {
  return (
    <div className={`stat stat--${tone} stat--${kind}`}>
      <div className="stat__label">{label}</div>
      <div className="stat__value">{value}</div>
      {detail && <div className="stat__detail">{detail}</div>}
    </div>
  );
}
