interface ProgressBarProps {
  /** 0..1, or null when the amount of work is unknown (shows a moving stripe). */
  value: number | null;
  label: string;
  size?: 'small' | 'normal';
}

export function ProgressBar({ value, label, size = 'normal' }: ProgressBarProps) {
  const percent = value === null ? undefined : Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      className={`progress progress--${size}${value === null ? ' progress--indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress__fill" style={{ width: percent === undefined ? undefined : `${percent}%` }} />
    </div>
  );
}
