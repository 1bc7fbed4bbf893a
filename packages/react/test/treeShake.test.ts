import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each widget is its own entry point; importing one must not bring in the others. This bundles
// every entry of the built package as an app would and looks for the other widgets in it.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${packageRoot}/package.json`, 'utf8')) as {
  exports: Record<string, unknown>;
};
const widgets = Object.keys(manifest.exports)
  .map((subpath) => subpath.slice(2))
  .filter((name) => /^[A-Z]/.test(name));

async function bundle(widget: string, { withModel = false } = {}): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(`./dist/${widget}.js`)};`,
      resolveDir: packageRoot,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: false,
    // Dependencies are the app's; only capkit's own code is in question here.
    external: [
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      'd3-*',
      'date-fns',
      'date-fns/*',
      ...(withModel ? [] : ['@capkit/model']),
      '@capkit/scoring',
      '@capkit/scoring/*',
    ],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('tree shaking', () => {
  it('has widget entry points to check', () => {
    expect(widgets).toContain('CompetencyBarChart');
  });

  it.each(widgets)('importing %s brings in no other widget', async (widget) => {
    const code = await bundle(widget);
    expect(code).toContain(`function ${widget}(`);
    const pulledIn = widgets.filter(
      (other) =>
        other !== widget &&
        code.includes(`function ${other}(`) &&
        !usesAsBuildingBlock(widget, other),
    );
    expect(pulledIn).toEqual([]);
  });
});

// The widgets that check data with the model's schemas (AssessmentForm reads a stored draft back
// with answerSchema); every other widget takes its lists and text helpers from the zod-free
// entries (@capkit/model/text, /vocabulary), so that a page showing it does not evaluate zod and
// the schemas (up to 140 ms with Chromium's CPU slowed four times).
const validatingWidgets = ['AssessmentForm'];

describe('the schemas', () => {
  it.each(widgets)('come into a bundle of %s only if it validates', async (widget) => {
    const code = await bundle(widget, { withModel: true });
    expect(code.includes('_zod')).toBe(validatingWidgets.includes(widget));
  });
});

// Shared building blocks every widget may contain, and the small ones some widgets compose.
const sharedBlocks = ['CapkitProvider', 'ChartFigure'];
const buildingBlocks: Readonly<Record<string, readonly string[]>> = {
  OrganisationBrowser: ['ProficiencyBadge'],
  ScaleLegend: ['ProficiencyBadge'],
};

function usesAsBuildingBlock(widget: string, other: string): boolean {
  return sharedBlocks.includes(other) || (buildingBlocks[widget]?.includes(other) ?? false);
}
