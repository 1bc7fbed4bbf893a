import { readFileSync } from 'node:fs';
import type { CasePackage } from '../schemas/package.js';

function read(name: string): CasePackage {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'),
  ) as CasePackage;
}

/** A fresh copy of the digital-government golden package. */
export function digitalGovernmentPackage(): CasePackage {
  return read('digitalGovernment.case.json');
}

/** A fresh copy of the DigComp-style golden package, crosswalked to capkit's reference framework. */
export function digCompSamplePackage(): CasePackage {
  return read('digCompSample.case.json');
}

/** Parses a path as `formatPath` writes it (`CFItems[3].identifier`, `a["b.c"]`) into keys. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/gu;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) keys.push(Number(match[1]));
    else if (match[2] !== undefined) keys.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) keys.push(match[3]);
  }
  return keys;
}

/**
 * Whether `path` locates something in `input`: every key but the last leads somewhere (the last
 * may name what is missing).
 */
export function locatesIn(input: unknown, path: string): boolean {
  const keys = parsePath(path);
  let node: unknown = input;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
