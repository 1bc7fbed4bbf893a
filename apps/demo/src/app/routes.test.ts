import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import type { RouteDefinition } from './pageTypes.js';
import { sections } from './pageTypes.js';
import { routeFor, routes, sectionPaths } from './routes.js';

const page = lazy(() => Promise.resolve({ default: () => null }));
const route = (path: string): RouteDefinition => ({
  path,
  section: 'start',
  title: { en: path, fr: path, ar: path },
  page,
});

describe('routeFor', () => {
  const table = [route('/'), route('/units/:unitId'), route('/units/new'), route('/data')];

  it('finds the page and its parameters, or nothing', () => {
    expect(routeFor('/', table)?.route.path).toBe('/');
    expect(routeFor('/units/u-1', table)).toMatchObject({
      route: { path: '/units/:unitId' },
      params: { unitId: 'u-1' },
    });
    expect(routeFor('/nowhere', table)).toBeUndefined();
  });

  it('takes the first match in table order', () => {
    expect(routeFor('/units/new', table)?.route.path).toBe('/units/:unitId');
  });

  it('treats a trailing slash as the same page, but not on the root', () => {
    expect(routeFor('/data/', table)?.route.path).toBe('/data');
    expect(routeFor('/data///', table)?.route.path).toBe('/data');
    expect(routeFor('/', table)?.route.path).toBe('/');
  });
});

describe('the route table', () => {
  it('has one route per path, each with a title in every language', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of routes) {
      expect(r.path.startsWith('/'), r.path).toBe(true);
      for (const locale of ['en', 'fr', 'ar'] as const)
        expect(r.title[locale].trim(), `${r.path} ${locale}`).not.toBe('');
    }
  });

  it('puts every section root where the navigation links to, and the landing page first', () => {
    expect(routes[0]?.path).toBe('/');
    for (const section of sections) {
      const found = routeFor(sectionPaths[section]);
      // A section whose pages have not landed yet shows "Page not found"; one that has, owns it.
      if (found !== undefined) expect(found.route.section).toBe(section);
    }
  });
});
