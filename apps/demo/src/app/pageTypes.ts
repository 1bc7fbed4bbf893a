import type { ComponentType, LazyExoticComponent } from 'react';
import type { Translations } from '../i18n/locales.js';

/** The parts of the cycle, in the order the navigation shows them. */
export const sections = [
  'start',
  'setup',
  'trainingNeeds',
  'stakeholders',
  'capacity',
  'response',
  'evaluation',
  'knowledge',
  'data',
] as const;
export type Section = (typeof sections)[number];

export interface PageProps {
  /** The values of the route's `:named` segments. */
  readonly params: Readonly<Record<string, string>>;
}

/** One page: its address, its title in each language, its part of the cycle, and its code. */
export interface RouteDefinition {
  /** e.g. `/training-needs/units/:unitId`. */
  readonly path: string;
  readonly section: Section;
  /** The page's title, for the browser tab and for screen readers on arrival. */
  readonly title: Translations<string>;
  /** Loaded when first visited, so each page's code arrives only when needed. */
  readonly page: LazyExoticComponent<ComponentType<PageProps>>;
}
