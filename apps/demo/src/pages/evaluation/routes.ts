import type { RouteDefinition } from '../../app/pageTypes.js';

/** The evaluation pages. */
export const routes: readonly RouteDefinition[] = [];
