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

const LOADERS: Record<SectionId, () => Promise<ComponentType>> = {
  alexa: () => import('./section-alexa').then((m) => m.AlexaSection),
  ring: () => import('./section-ring').then((m) => m.RingSection),
  penalties: () => import('../features/penalties/penalties-section').then((m) => m.PenaltiesSection),
  sources: () => import('../features/sources/sources-section').then((m) => m.SourcesSection),
};

function mapSections(make: (id: SectionId, load: () => Promise<ComponentType>) => ComponentType): Record<SectionId, ComponentType> {
  return {
    alexa: make('alexa', LOADERS.alexa),
    ring: make('ring', LOADERS.ring),
    penalties: make('penalties', LOADERS.penalties),
    sources: make('sources', LOADERS.sources),
  };
}

/** For the explainer page: each section loads as the reader nears it. */
export const SECTION_COMPONENTS = mapSections(sectionWhenVisible);

/** For an embed, which shows one section: load it at once (the host's iframe is lazy already). */
export const SECTION_COMPONENTS_NOW = mapSections((_id, load) => lazy(() => load().then((component) => ({ default: component }))));
