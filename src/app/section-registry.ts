/**
 * The app-level part of the section registry: each section's code, and how the explainer page lays it out. The
 * plain part (ids, headings in both editions, URL parameters, embed heights) is SECTIONS in src/lib/ui-strings.ts;
 * the host-side loader reads that part and must never import this one (React, every section's code).
 */
import type { ComponentType } from 'react';
import { filesOf, type DataSetName } from '../data/model';
import { DataError } from '../lib/data-error';
import { ChunkLoadError, lazyOnce } from '../lib/lazy-once';
import { SECTION_IDS, type SectionId } from '../lib/ui-strings';
import { whenVisible } from '../lib/when-visible';

export interface AppSection {
  /** The section's code: its own chunk, fetched when it is needed. */
  load: () => Promise<ComponentType>;
  /**
   * On the explainer page, classes that let the browser skip rendering the section while it is far off screen.
   * The quote viewer (the page's longest section) is skipped: every frame of a case view's animation otherwise
   * walked its thousands of boxes in the paint phases, about a quarter of each step change's main-thread time on a
   * slow CPU. Its text stays in the page (find in page, screen readers). Until first shown, its height is a guess
   * per edition and width class (src/app/section-heights.json, written by scripts/measure-section-heights.mjs): its
   * real height at the class's narrowest width, so never below it (tests/browser/page.test.ts) and nothing after it
   * is placed on top of it (tools that measure boxes without rendering, such as axe's target-size check, see no
   * overlap), and within 5 % of it, so the page keeps its height as the reader scrolls
   * (tests/browser/terms-wayfinding.test.ts). Once shown, the browser remembers the real height (`auto`). Skipping
   * implies paint containment, which would clip the focus rings of controls at the section's edges:
   * overflow-clip-margin leaves room for them. Written out whole so that Tailwind finds the classes.
   */
  offScreen?: string;
  /** The data its section loads, besides its edition's copy (src/data/model.ts). */
  data: DataSetName;
}

export const APP_SECTIONS: Record<SectionId, AppSection> = {
  alexa: {
    load: () => import('./section-alexa').then((m) => m.AlexaSection),
    data: 'case',
  },
  ring: {
    load: () => import('./section-ring').then((m) => m.RingSection),
    data: 'case',
  },
  penalties: {
    load: () => import('../features/penalties/penalties-section').then((m) => m.PenaltiesSection),
    data: 'money',
  },
  sources: {
    load: () => import('../features/sources/sources-section').then((m) => m.SourcesSection),
    offScreen: '[content-visibility:auto] [overflow-clip-margin:0.75rem]',
    data: 'sources',
  },
};

/**
 * Whether a section's alert may say that the page's other parts are not affected: its code failed (each section's
 * is its own), or a file no other section, nor the page's header and footer, loads. Not a copy file, which all
 * load, nor a file shared as quotes.json is (three sections show the same alert then).
 */
export function othersUnaffected(id: SectionId, error: unknown): boolean {
  if (error instanceof ChunkLoadError) return true;
  if (!(error instanceof DataError)) return false;
  const otherSets: DataSetName[] = [
    'page',
    ...SECTION_IDS.filter((other) => other !== id).map((other) => APP_SECTIONS[other].data),
  ];
  return (
    filesOf(APP_SECTIONS[id].data).some((file) => file === error.file) &&
    otherSets.every((set) => !filesOf(set).some((file) => file === error.file))
  );
}

/** One lazy component per section, loading its code once `ready(id)` resolves (again after a failed download). */
function lazySections(ready: (id: SectionId) => Promise<void>): Record<SectionId, ComponentType> {
  const sections = {} as Record<SectionId, ComponentType>;
  for (const id of SECTION_IDS) {
    sections[id] = lazyOnce(
      async () => {
        await ready(id);
        return APP_SECTIONS[id].load();
      },
      (component) => component,
    ).Component;
  }
  return sections;
}

/**
 * For the explainer page: each section's code is fetched when the section nears the viewport. On the
 * prerendered page the section's HTML is already there; React hydrates it once its code and data have arrived.
 */
export const SECTION_COMPONENTS = lazySections(whenVisible);

/** For an embed, which shows one section: load it at once (the host's iframe is lazy already). */
export const SECTION_COMPONENTS_NOW = lazySections(() => Promise.resolve());
