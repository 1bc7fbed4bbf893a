import type { RouteDefinition } from '../../app/pageTypes.js';

/** The stakeholders pages. */
export const routes: readonly RouteDefinition[] = [];
