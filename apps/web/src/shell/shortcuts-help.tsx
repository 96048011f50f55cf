import { useEffect, useRef, useState } from 'react';
import { createShortcutHandler, isTypingTarget, shortcuts } from './shortcuts';
import './shortcuts.css';

/**
 * Global keyboard shortcuts and their help overlay (`?`). The overlay is a modal dialog: it takes
 * focus, keeps Tab inside, closes on Escape or its button, and gives focus back where it was.
 */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const handle = createShortcutHandler(() => setOpen((value) => !value));
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingTarget(event.target) || event.defaultPrevented) return;
      if (handle(event.key, event.timeStamp)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (open) {
      returnTo.current = document.activeElement;
      closeButton.current?.focus();
    } else if (returnTo.current instanceof HTMLElement) {
      returnTo.current.focus();
      returnTo.current = null;
    }
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && (
        <div className="shortcuts-backdrop" onClick={() => setOpen(false)}>
          <div
            role="dialog"
            aria-modal="true"
            aria-labelledby="shortcuts-title"
            className="shortcuts-dialog card"
            onClick={(event) => event.stopPropagation()}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setOpen(false);
              } else if (event.key === 'Tab') {
                // The close button is the only control: Tab stays on it.
                event.preventDefault();
                closeButton.current?.focus();
              }
            }}
          >
            <h2 id="shortcuts-title">Keyboard shortcuts</h2>
            <table className="shortcuts-table">
              <tbody>
                {shortcuts.map((shortcut) => (
                  <tr key={shortcut.keys.join(' ')}>
                    <th scope="row">
                      {shortcut.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && <span className="muted"> then </span>}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </th>
                    <td>{shortcut.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">Shortcuts pause while you type in a field.</p>
            <button type="button" ref={closeButton} onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}
