// @capkit/react through `import`, as an ESM app loads it: one CapkitContext for every entry point.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import * as fromRoot from '@capkit/react';
import { CapkitProvider } from '@capkit/react/CapkitProvider';
import { ChartFigure } from '@capkit/react/ChartFigure';
import { GapHeatmap } from '@capkit/react/GapHeatmap';

// German strings and an Arabic locale: both change what the empty heatmap renders.
const messages = { GapHeatmap: { empty: 'Noch keine Ergebnisse.' } };

function emptyHeatmap(Provider) {
  const heatmap = h(GapHeatmap, { title: 'Gaps', units: [], competencies: [] });
  return renderToString(
    Provider === undefined ? heatmap : h(Provider, { locale: 'ar', messages }, heatmap),
  );
}

describe('@capkit/react via import', () => {
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

  it("starts every ESM entry with the 'use client' directive", () => {
    for (const subpath of ['', '/CapkitProvider', '/ChartFigure', '/GapHeatmap']) {
      const file = fileURLToPath(import.meta.resolve(`@capkit/react${subpath}`));
      assert.match(file, /\.js$/, `@capkit/react${subpath} resolves to ${file}`);
      assert.match(readFileSync(file, 'utf8'), /^["']use client["'];/, file);
    }
  });
});
