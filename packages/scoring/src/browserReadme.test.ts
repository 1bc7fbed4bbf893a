import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const page = readFileSync(new URL('../test/browser/page.ts', import.meta.url), 'utf8');
const harness = readFileSync(new URL('../test/browser/harness.mjs', import.meta.url), 'utf8');

// Code compared as tokens: Prettier wraps the page's deeper-indented copy differently.
const squash = (code: string) => code.replace(/\s+/g, '').replace(/,([)\]}])/g, '$1');

function section(heading: string): string {
  const from = readme.indexOf(`\n## ${heading}`);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = readme.indexOf('\n## ', from + 1);
  return readme.slice(from, to < 0 ? undefined : to);
}

describe('README: in the browser', () => {
  const text = section('In the browser');

  it('shows the code the browser test runs in Chromium', () => {
    const start = '// --- README example starts\n';
    const from = page.indexOf(start);
    const to = page.indexOf('// --- README example ends');
    expect(from).toBeGreaterThanOrEqual(0);
    // The test page loads its bundle's worker file where an app names the package's entry.
    const example = page
      .slice(from + start.length, to)
      .replace("'./workerBrowser.js'", "'@capkit/scoring/worker-browser'");
    const block = /```ts\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    expect(squash(block)).toContain(squash(example));
    expect(example).toContain('aggregatePublication');
  });

  it('gives the isolation headers the test serves, in Vite and nginx form', () => {
    expect(harness).toContain(`'cross-origin-opener-policy': 'same-origin'`);
    expect(harness).toContain(`'cross-origin-embedder-policy': 'require-corp'`);
    expect(text).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(text).toContain('Cross-Origin-Embedder-Policy: require-corp');
    expect(text).toContain(`'Cross-Origin-Opener-Policy': 'same-origin'`);
    expect(text).toContain(`'Cross-Origin-Embedder-Policy': 'require-corp'`);
    expect(text).toContain('add_header Cross-Origin-Opener-Policy same-origin always;');
    expect(text).toContain('add_header Cross-Origin-Embedder-Policy require-corp always;');
  });
});
