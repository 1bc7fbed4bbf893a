import type { LocalizedText } from '@capkit/model';
import type { CaseExtensions, CaseJsonValue } from './schemas/primitives.js';

/**
 * Key under `extensions` where capkit keeps what a CASE field cannot say: the capkit id when
 * it is not a UUID (`id`), texts in more than one language (`text`, by field name), a level's
 * `code`, a scale's `proficientLevel`. Other tools keep it as an unknown extension; capkit reads
 * it back on import.
 */
export const capkitExtensionKey = 'capkit';

/** What capkit writes under `extensions.capkit`. */
export interface CapkitExtension {
  readonly id?: string;
  readonly text?: { readonly [field: string]: LocalizedText };
  readonly code?: string;
  readonly proficientLevel?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The capkit part of an object's extensions, with anything malformed left out. */
export function readCapkitExtension(extensions: CaseExtensions | undefined): CapkitExtension {
  const raw: unknown = extensions?.[capkitExtensionKey];
  if (!isRecord(raw)) return {};
  const text: Record<string, LocalizedText> = {};
  if (isRecord(raw['text'])) {
    for (const [field, value] of Object.entries(raw['text'])) {
      if (!isRecord(value)) continue;
      const strings = Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      );
      if (strings.length > 0) text[field] = Object.fromEntries(strings);
    }
  }
  return {
    ...(typeof raw['id'] === 'string' ? { id: raw['id'] } : {}),
    ...(Object.keys(text).length > 0 ? { text } : {}),
    ...(typeof raw['code'] === 'string' ? { code: raw['code'] } : {}),
    ...(typeof raw['proficientLevel'] === 'number'
      ? { proficientLevel: raw['proficientLevel'] }
      : {}),
  };
}

/**
 * The text of a CASE field as capkit's localized text. A copy kept under `extensions.capkit`
 * wins while it still holds the field's value; once another tool has edited the field, the
 * field's value replaces the copy's text in `language`.
 */
export function readText(
  value: string,
  language: string,
  stored: LocalizedText | undefined,
): LocalizedText {
  if (stored === undefined) return { [language]: value };
  if (Object.values(stored).includes(value)) return stored;
  return { ...stored, [language]: value };
}

/** A mutable CASE object with optional open extensions. */
export interface Extensible {
  extensions?: CaseExtensions;
  [field: string]: unknown;
}

function setCapkitEntry(target: Extensible, key: string, value: CaseJsonValue | undefined): void {
  const extensions: Record<string, CaseJsonValue> = { ...target.extensions };
  const current = extensions[capkitExtensionKey];
  const capkit: Record<string, CaseJsonValue> = isRecord(current)
    ? { ...(current as Record<string, CaseJsonValue>) }
    : {};
  if (value === undefined) Reflect.deleteProperty(capkit, key);
  else capkit[key] = value;
  if (Object.keys(capkit).length === 0) Reflect.deleteProperty(extensions, capkitExtensionKey);
  else extensions[capkitExtensionKey] = capkit;
  if (Object.keys(extensions).length === 0) delete target.extensions;
  else target.extensions = extensions;
}

/** Sets (or, with `undefined`, removes) one entry of `extensions.capkit`. */
export function writeCapkitEntry(
  target: Extensible,
  key: 'id' | 'code' | 'proficientLevel',
  value: string | number | undefined,
): void {
  setCapkitEntry(target, key, value);
}

/**
 * Writes `text` into `target[field]` in the language capkit reads it back in, and keeps the
 * whole localized text under `extensions.capkit.text` when one language cannot hold it.
 * `undefined` removes the field.
 */
export function writeText(
  target: Extensible,
  field: string,
  text: LocalizedText | undefined,
  language: string,
): void {
  const stored = readCapkitExtension(target.extensions).text ?? {};
  const others: Record<string, LocalizedText> = { ...stored };
  Reflect.deleteProperty(others, field);
  if (text === undefined) {
    // In place, so that the other fields keep their order in the exported JSON.
    Reflect.deleteProperty(target, field);
  } else {
    const value = text[language] ?? Object.values(text)[0] ?? '';
    target[field] = value;
    const single = Object.keys(text).length === 1 && text[language] !== undefined;
    if (!single) others[field] = text;
  }
  setCapkitEntry(target, 'text', Object.keys(others).length === 0 ? undefined : others);
}
