import { isTypingTarget } from '../../shell/shortcuts';
import { useEffect, useRef, useState } from 'react';

const typingDelayMs = 300;

/**
 * The search words. Typing applies after a short pause (or on Enter); `/` anywhere on the page
 * focuses the box, as in most search tools.
 */
export function SearchBox({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  // What this box last sent: a different q in the URL came from elsewhere (back button, link).
  const sent = useRef(q);
  useEffect(() => {
    if (q !== sent.current) setText(q);
    sent.current = q;
  }, [q]);

  useEffect(() => {
    if (text.trim() === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = text.trim();
      onSearch(text.trim());
    }, typingDelayMs);
    return () => window.clearTimeout(timer);
  }, [text, onSearch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      className="search-box"
      role="search"
      aria-label="Search postmortems"
      onSubmit={(event) => {
        event.preventDefault();
        sent.current = text.trim();
        onSearch(text.trim());
      }}
    >
      <label htmlFor="search-words">Search incidents, postmortems, timelines and actions</label>
      <div className="search-box-row">
        <input
          id="search-words"
          ref={input}
          type="search"
          value={text}
          autoFocus
          placeholder="e.g. database failover"
          aria-describedby="search-shortcut"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
      <p id="search-shortcut" className="muted">
        Press <kbd>/</kbd> to jump here from anywhere on the page.
      </p>
    </form>
  );
}
