import { lazy, type ComponentType } from 'react';
import type { SectionId } from '../lib/ui-strings';
import { whenVisible } from '../lib/when-visible';

/**
 * Each section's code is its own chunk, fetched when the section nears the viewport. On the prerendered
 * page the section's HTML is already there; React hydrates it once its code and data have arrived.
 */
function sectionWhenVisible(id: SectionId, load: () => Promise<ComponentType>) {
  return lazy(() => whenVisible(id).then(load).then((component) => ({ default: component })));
}

export const SECTION_COMPONENTS: Record<SectionId, ComponentType> = {
  alexa: sectionWhenVisible('alexa', () => import('./section-alexa').then((m) => m.AlexaSection)),
  ring: sectionWhenVisible('ring', () => import('./section-ring').then((m) => m.RingSection)),
  penalties: sectionWhenVisible('penalties', () => import('../features/penalties/penalties-section').then((m) => m.PenaltiesSection)),
  sources: sectionWhenVisible('sources', () => import('../features/sources/sources-section').then((m) => m.SourcesSection)),
};
