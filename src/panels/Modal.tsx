import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>`: the browser traps the focus, Esc closes it and
 * the focus goes back where it was. Closed by its button, Esc or a click on the backdrop.
 */
export function Modal({
  title,
  onClose,
  children,
  wide = false,
  testId,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // jsdom and old browsers have no showModal: open it as a plain dialog there.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function') element.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={wide ? 'pm-modal pm-modal--wide' : 'pm-modal'}
      aria-label={title}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <header className="pm-modal__head">
        <h2 className="pm-modal__title">{title}</h2>
        <button
          type="button"
          className="pm-button pm-button--icon"
          aria-label="Close"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="pm-modal__body">{children}</div>
    </dialog>
  );
}
