import type { ReactNode } from 'react';

export interface Definition {
  term: string;
  value: ReactNode;
}

/** Label/value pairs laid out in columns (provenance, post details). */
export function DefinitionGrid({ items, columns = 2 }: { items: Definition[]; columns?: 1 | 2 | 3 }) {
  return (
    <dl className={`definitions definitions--cols-${columns}`}>
      {items.map((item) => (
        <div className="definitions__item" key={item.term}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
