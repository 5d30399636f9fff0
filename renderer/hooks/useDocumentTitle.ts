import { useEffect } from 'react';

/** "Ann Smith – Knotbook" in the window title. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – Knotbook` : 'Knotbook';
  }, [title]);
}
