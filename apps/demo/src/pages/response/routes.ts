import type { RouteDefinition } from '../../app/pageTypes.js';

/** The response pages. */
export const routes: readonly RouteDefinition[] = [];
