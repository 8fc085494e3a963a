/** A polite live region: screen readers announce changes to its text. Visually hidden unless `visible`. */
export function LiveRegion({ message, visible = false }: { message: string; visible?: boolean }) {
  return (
    <p aria-live="polite" aria-atomic="true" className={visible ? 'text-sm text-muted' : 'sr-only'}>
      {message}
    </p>
  );
}
