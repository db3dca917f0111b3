import { describeError } from '../lib/errors';

interface ErrorNoticeProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** An error in words: what happened, then what to do about it. */
export function ErrorNotice({ error, title = 'Something went wrong', onRetry, onDismiss }: ErrorNoticeProps) {
  const { message, hint } = describeError(error);
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        <strong className="notice__title">{title}</strong>
        <p className="notice__text">{message}</p>
        {hint && <p className="notice__hint">{hint}</p>}
      </div>
      {(onRetry || onDismiss) && (
        <div className="notice__actions">
          {onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              Try again
            </button>
          )}
          {onDismiss && (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </div>
  );
}
