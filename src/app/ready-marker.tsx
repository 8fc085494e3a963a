import { useEffect } from 'react';

/**
 * Marks the section `data-ready` once its code and data have loaded and it is interactive (after hydration
 * of the prerendered HTML). Tests and the bench wait for it; readers never see it.
 */
export function ReadyMarker({ id }: { id: string }) {
  useEffect(() => {
    const section = document.getElementById(id);
    section?.setAttribute('data-ready', '');
    return () => section?.removeAttribute('data-ready');
  }, [id]);
  return null;
}
