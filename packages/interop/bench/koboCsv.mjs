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

const quoted = (cell) => `"${cell}"`;

/** Writes `rows` submissions to `path`; resolves with the file's size in bytes. */
export async function writeKoboCsv(path, rows) {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(headers.map(quoted).join(';') + '\r\n');
  // A fixed linear congruential sequence: the same file every run.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  let batch = '';
  for (let r = 0; r < rows; r += 1) {
    const minute = String(r % 60).padStart(2, '0');
    let line = `"2026-03-02T09:${minute}:07.118+01:00";"2026-03-02T09:${minute}:51.902+01:00";"unit-${r % 57}"`;
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
