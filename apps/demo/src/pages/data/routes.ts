import type { RouteDefinition } from '../../app/pageTypes.js';

/** The data pages. */
export const routes: readonly RouteDefinition[] = [];
