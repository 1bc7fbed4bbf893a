// @capkit/react through `require`, as a CommonJS app loads it: one CapkitContext for every entry.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { describe, it } = require('node:test');
const { createElement: h } = require('react');
const { renderToString } = require('react-dom/server');
const fromRoot = require('@capkit/react');
const { CapkitProvider } = require('@capkit/react/CapkitProvider');
const { ChartFigure } = require('@capkit/react/ChartFigure');
const { GapHeatmap } = require('@capkit/react/GapHeatmap');

// German strings and an Arabic locale: both change what the empty heatmap renders.
const messages = { GapHeatmap: { empty: 'Noch keine Ergebnisse.' } };

function emptyHeatmap(Provider) {
  const heatmap = h(GapHeatmap, { title: 'Gaps', units: [], competencies: [] });
  return renderToString(
    Provider === undefined ? heatmap : h(Provider, { locale: 'ar', messages }, heatmap),
  );
}

describe('@capkit/react via require', () => {
  it('renders the English, left-to-right heatmap without a provider', () => {
    const html = emptyHeatmap(undefined);
    assert.match(html, /No results to show yet\./);
    assert.match(html, /dir="ltr"/);
  });

  it('lets the provider from @capkit/react reach the heatmap from @capkit/react/GapHeatmap', () => {
    const html = emptyHeatmap(fromRoot.CapkitProvider);
    assert.match(html, /Noch keine Ergebnisse\./);
    assert.doesNotMatch(html, /No results to show yet\./);
    assert.match(html, /dir="rtl"/);
  });

  it('lets the provider from @capkit/react/CapkitProvider reach the heatmap', () => {
    const html = emptyHeatmap(CapkitProvider);
    assert.match(html, /Noch keine Ergebnisse\./);
    assert.match(html, /dir="rtl"/);
  });

  it('exports the same components from the root and from their subpaths', () => {
    assert.equal(fromRoot.CapkitProvider, CapkitProvider);
    assert.equal(fromRoot.ChartFigure, ChartFigure);
    assert.equal(fromRoot.GapHeatmap, GapHeatmap);
  });

  it("starts every CommonJS entry with the 'use client' directive", () => {
    for (const subpath of ['', '/CapkitProvider', '/ChartFigure', '/GapHeatmap']) {
      const file = require.resolve(`@capkit/react${subpath}`);
      assert.match(file, /\.cjs$/, `@capkit/react${subpath} resolves to ${file}`);
      assert.match(readFileSync(file, 'utf8'), /^["']use client["'];/, file);
    }
  });
});

// The package's own files a CommonJS entry loads: the entry and the chunks it requires, in turn.
function filesLoadedBy(entry) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, relative] of readFileSync(file, 'utf8').matchAll(/require\("(\.\/[^"]+)"\)/g))
      visit(join(dirname(file), relative));
  };
  visit(entry);
  return [...files];
}

describe('@capkit/react CommonJS entries', () => {
  const manifest = require('@capkit/react/package.json');
  const widgets = Object.keys(manifest.exports)
    .map((subpath) => subpath.slice(2))
    .filter((name) => /^[A-Z]/.test(name));
  // Every widget may contain the provider and the figure; ScaleLegend and OrganisationBrowser
  // show ProficiencyBadges (the same list as packages/react/test/treeShake.test.ts).
  const sharedBlocks = ['CapkitProvider', 'ChartFigure'];
  const buildingBlocks = {
    OrganisationBrowser: ['ProficiencyBadge'],
    ScaleLegend: ['ProficiencyBadge'],
  };

  it('has widget entry points to check', () => {
    assert.ok(widgets.includes('GapHeatmap') && widgets.includes('CapkitProvider'), widgets.join());
  });

  for (const widget of widgets) {
    it(`loads no other widget with @capkit/react/${widget}`, () => {
      const files = filesLoadedBy(require.resolve(`@capkit/react/${widget}`));
      const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
      assert.match(code, new RegExp(`function ${widget}\\(`));
      const pulledIn = widgets.filter(
        (other) =>
          other !== widget &&
          !sharedBlocks.includes(other) &&
          !(buildingBlocks[widget] ?? []).includes(other) &&
          code.includes(`function ${other}(`),
      );
      assert.deepEqual(pulledIn, []);
    });
  }

  it('defines CapkitContext once, in a file every widget shares', () => {
    const definitions = new Set();
    for (const widget of widgets) {
      for (const file of filesLoadedBy(require.resolve(`@capkit/react/${widget}`)))
        if (/\bCapkitContext\s*=/.test(readFileSync(file, 'utf8'))) definitions.add(file);
    }
    assert.equal(definitions.size, 1, [...definitions].join(', '));
  });
});
