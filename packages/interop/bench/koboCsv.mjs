// A KoboToolbox-style export of a paired-items survey, written on the fly for the benchmark:
// every field quoted, `;` between fields, CRLF, form metadata first and submission metadata last,
// group paths joined with `/`, about one rating in twenty skipped.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Paired items (importance + performance), so 80 rating columns. */
export const pairedItems = 40;

export const itemIds = Array.from(
  { length: pairedItems },
  (_, i) => `c${String(i + 1).padStart(2, '0')}`,
);

export const headers = [
  'start',
  'end',
  'group_profile/unit',
  ...itemIds.flatMap((id) => [`competencies/${id}_importance`, `competencies/${id}_performance`]),
  '_id',
  '_uuid',
  '_submission_time',
];

/** The saved column mapping a programme team would use for this form. */
export const mapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  dialect: 'kobo',
  delimiter: ';',
  columns: [
    { header: 'start', to: { kind: 'ignore' } },
    { header: 'end', to: { kind: 'ignore' } },
    { header: 'group_profile/unit', to: { kind: 'field', field: 'unitId' } },
    ...itemIds.flatMap((itemId) => [
      {
        header: `competencies/${itemId}_importance`,
        to: { kind: 'rating', itemId, part: 'importance' },
      },
      {
        header: `competencies/${itemId}_performance`,
        to: { kind: 'rating', itemId, part: 'performance' },
      },
    ]),
    { header: '_id', to: { kind: 'ignore' } },
    { header: '_uuid', to: { kind: 'field', field: 'respondentId' } },
    { header: '_submission_time', to: { kind: 'field', field: 'submittedAt' } },
  ],
};

/** Units of the respondents: row r is in unit r mod 57 (all top-level). */
export const unitCount = 57;
export const unitOfRow = (row) => row % unitCount;

/**
 * Roles of the respondents, drawn per row from a fixed hash: shares 40, 25, 15, 12 and 7.99 %,
 * and a rare role (1 in 10,000) whose unit × role cells stay below any k at 100,000 rows, so the
 * safe summaries have something to withhold.
 */
export const roleCount = 6;
const roleThresholds = [40_000, 65_000, 80_000, 92_000, 99_990, 100_000];
export function roleOfRow(row) {
  let h = Math.imul(row ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  const draw = ((h ^ (h >>> 16)) >>> 0) % 100_000;
  return roleThresholds.findIndex((threshold) => draw < threshold);
}

/** The header and mapping of a file written with `{ role: true }`: a role column after the unit. */
export const headersWithRole = [...headers.slice(0, 3), 'group_profile/role', ...headers.slice(3)];
export const mappingWithRole = {
  ...mapping,
  columns: [
    ...mapping.columns.slice(0, 3),
    { header: 'group_profile/role', to: { kind: 'ignore' } },
    ...mapping.columns.slice(3),
  ],
};

const quoted = (cell) => `"${cell}"`;

/**
 * Writes `rows` submissions to `path`; resolves with the file's size in bytes. With
 * `{ role: true }` each row also names its role (`roleOfRow`) after its unit; the ratings are
 * the same either way.
 */
export async function writeKoboCsv(path, rows, { role = false } = {}) {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write((role ? headersWithRole : headers).map(quoted).join(';') + '\r\n');
  // A fixed linear congruential sequence: the same file every run.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  let batch = '';
  for (let r = 0; r < rows; r += 1) {
    const minute = String(r % 60).padStart(2, '0');
    let line = `"2026-03-02T09:${minute}:07.118+01:00";"2026-03-02T09:${minute}:51.902+01:00";"unit-${unitOfRow(r)}"`;
    if (role) line += `;"role-${roleOfRow(r)}"`;
    for (let c = 0; c < pairedItems * 2; c += 1) {
      const draw = next() % 100;
      line += draw < 5 ? ';""' : `;"${1 + (draw % 5)}"`;
    }
    const hex = r.toString(16).padStart(12, '0');
    line += `;"${100000 + r}";"7d2b7a4e-5c1f-4b8e-9a3d-${hex}";"2026-03-02T08:${minute}:59"\r\n`;
    batch += line;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  out.end();
  await once(out, 'finish');
  return bytes;
}
