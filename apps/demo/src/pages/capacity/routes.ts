import type { RouteDefinition } from '../../app/pageTypes.js';

/** The capacity pages. */
export const routes: readonly RouteDefinition[] = [];
