import { useEditor } from '../store/context';

/**
 * The store's notice (a file that could not be opened, ids that were renamed): an alert for
 * errors, a status for information, until dismissed. The message is text, never markup.
 */
export function NoticeBanner() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.actions.dismissNotice);
  if (!notice) return <div className="pm-notice-slot" />;
  return (
    <div className="pm-notice-slot">
      <div
        className={`pm-notice pm-notice--${notice.kind}`}
        role={notice.kind === 'error' ? 'alert' : 'status'}
        data-testid="notice"
      >
        <div className="pm-notice__body">
          <span className="pm-notice__title">{notice.title}</span>
          {notice.message}
        </div>
        {notice.actions?.map((action) => (
          <button
            key={action.label}
            type="button"
            className="pm-button pm-button--small"
            onClick={action.run}
          >
            {action.label}
          </button>
        ))}
        <button
          type="button"
          className="pm-button pm-button--small"
          onClick={dismiss}
          aria-label="Dismiss"
        >
          ×
        </button>
      </div>
    </div>
  );
}
