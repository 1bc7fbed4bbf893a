import { routes as capacity } from '../pages/capacity/routes.js';
import { routes as data } from '../pages/data/routes.js';
import { routes as evaluation } from '../pages/evaluation/routes.js';
import { routes as knowledge } from '../pages/knowledge/routes.js';
import { routes as response } from '../pages/response/routes.js';
import { routes as setup } from '../pages/setup/routes.js';
import { routes as stakeholders } from '../pages/stakeholders/routes.js';
import { routes as start } from '../pages/start/routes.js';
import { routes as trainingNeeds } from '../pages/trainingNeeds/routes.js';
import type { RouteDefinition, Section } from './pageTypes.js';
import { matchPath } from './router.js';

/** Every page of the demo. A path that matches none is "Page not found". */
export const routes: readonly RouteDefinition[] = [
  ...start,
  ...setup,
  ...trainingNeeds,
  ...stakeholders,
  ...capacity,
  ...response,
  ...evaluation,
  ...knowledge,
  ...data,
];

/** Where each part of the cycle starts: the navigation's links. */
export const sectionPaths: Readonly<Record<Section, string>> = {
  start: '/',
  setup: '/setup',
  trainingNeeds: '/training-needs',
  stakeholders: '/stakeholders',
  capacity: '/capacity',
  response: '/response',
  evaluation: '/evaluation',
  knowledge: '/knowledge',
  data: '/data',
};

/** The page for `path` with its parameters, or `undefined` for "Page not found". */
export function routeFor(
  path: string,
  table: readonly RouteDefinition[] = routes,
):
  | { readonly route: RouteDefinition; readonly params: Readonly<Record<string, string>> }
  | undefined {
  // A trailing slash is the same page, as static hosts treat it.
  const normalised = path.length > 1 ? path.replace(/\/+$/u, '') : path;
  for (const route of table) {
    const params = matchPath(route.path, normalised);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}
