import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleMocking } from './moduleMocking.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the unit projects', () => {
  it('run every test file that mocks a module in a module graph of its own', async () => {
    const files = await readdir(`${root}src`, { recursive: true });
    const tests = files.filter((file) => /\.test\.tsx?$/.test(file));
    const mocking: string[] = [];
    for (const file of tests) {
      const text = await readFile(`${root}src/${file}`, 'utf8');
      if (/\bvi\.(do)?mock\(/.test(text)) mocking.push(`src/${file}`);
    }
    expect(tests.length).toBeGreaterThan(50);
    expect(mocking.sort()).toEqual([...moduleMocking].sort());
  });
});
