import { useEffect } from 'react';

/** Sets the document title to `What · Aftermath` while the page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Aftermath' : `${title} · Aftermath`;
  }, [title]);
}
