import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'warning' | 'success';
  title?: string;
  children: ReactNode;
}

export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'warning' ? 'status' : undefined}>
      <div className="notice__body">
        {title && <strong className="notice__title">{title}</strong>}
        <div className="notice__text">{children}</div>
      </div>
    </div>
  );
}
