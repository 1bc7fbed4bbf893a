import type { RouteDefinition } from '../../app/pageTypes.js';

/** The setup pages. */
export const routes: readonly RouteDefinition[] = [];
