import type { ReactNode } from 'react';
import { PUNCTUATION } from '../lib/format';
import { useCopy } from './section';

/** A run-in label before its text, with the edition's colon: "The record: …" / "记录：…". */
export function Label({ children }: { children: ReactNode }) {
  const { locale } = useCopy();
  return (
    <span className="font-semibold">
      {children}
      {PUNCTUATION[locale].colon}
    </span>
  );
}
