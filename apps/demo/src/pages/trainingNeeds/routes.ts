import type { RouteDefinition } from '../../app/pageTypes.js';

/** The trainingNeeds pages. */
export const routes: readonly RouteDefinition[] = [];
