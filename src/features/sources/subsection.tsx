import type { ReactNode } from 'react';

/** One part of the sources section: a heading (its id for aria-labelledby and links) and its content. */
export function Subsection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h3 id={id} className="font-serif text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}
