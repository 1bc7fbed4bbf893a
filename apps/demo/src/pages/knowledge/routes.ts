import type { RouteDefinition } from '../../app/pageTypes.js';

/** The knowledge pages. */
export const routes: readonly RouteDefinition[] = [];
