// `pnpm bench`: the streaming response checker (`responseChecker`) over the sample ministry's
// responses in chunks of 10,000 (`sampleResponseChunks`), against `validateWorkspace` on the
// whole workspace with its responses in one array. Each row runs in a child process of its own
// (`node --expose-gc bench/responseChecker.mjs <case> <people>`), one at a time, so that its peak
// memory is its own.
//
//   BENCH_CHECKER_PEOPLE=100000,1000000   sizes for the checker (and the chunks-only baseline)
//   BENCH_VALIDATE_PEOPLE=100000          sizes for validateWorkspace
//   BENCH_CHECKER_HEAP_MB=1536            the largest checker size once more with V8's old space
//                                         capped at this (0: skip): memory stays bounded
//
// Measured per row: responses/s = responses ÷ the time spent inside the checker (or
// validateWorkspace) alone, generating the sample data is not counted; peak RSS = the process's
// maxRSS (getrusage) at the end, whatever allocated it (the workspace, the generator, the
// checker, garbage not yet collected); live = JS heap in use plus array buffers after a full
// collection at the end; kept = what the checker added to that, measured against a full
// collection right after it was made. "chunks only" generates the same chunks and checks
// nothing: the part of the peak that is the sample generator's, not the checker's.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const MB = 2 ** 20;
const [caseName, peopleText] = process.argv.slice(2);

if (caseName === undefined) {
  await main();
} else {
  process.stdout.write(`${JSON.stringify(await runCase(caseName, Number(peopleText)))}\n`);
}

async function runCase(name, people) {
  const { responseChecker, validateWorkspace } = await import('../dist/index.js');
  const { generateSampleWorkspace, sampleResponseChunks } = await import('../dist/sample.js');
  const live = () => {
    globalThis.gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  if (name === 'validateWorkspace') {
    const workspace = generateSampleWorkspace({ people, seed: 1 });
    const workspaceBytes = live();
    const started = performance.now();
    const result = validateWorkspace(workspace);
    const ms = performance.now() - started;
    if (!result.success) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return {
      name,
      people,
      responses: workspace.responses.length,
      ms,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      liveMb: live() / MB,
      workspaceMb: workspaceBytes / MB,
      keptMb: null,
    };
  }
  const workspace = generateSampleWorkspace({ people, seed: 1, responses: false });
  const check = name === 'checker' ? responseChecker(workspace) : undefined;
  const before = live();
  const { responses, ms } = streamThrough(sampleResponseChunks, people, check);
  const after = live();
  // Used after the last measure, so the checker's tables are alive when it is taken.
  if (check !== undefined && check([], responses).length > 0) throw new Error('empty chunk');
  return {
    name,
    people,
    responses,
    ms: check === undefined ? null : ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    liveMb: after / MB,
    workspaceMb: before / MB,
    keptMb: check === undefined ? null : (after - before) / MB,
  };
}

// In a function of its own, so that the generator (and the sample organisation it holds) is not
// kept alive by a dead local of the caller's frame when memory is measured after it.
function streamThrough(sampleResponseChunks, people, check) {
  let responses = 0;
  let ms = 0;
  for (const chunk of sampleResponseChunks({ people, seed: 1, chunkSize: 10_000 })) {
    if (check !== undefined) {
      const started = performance.now();
      const issues = check(chunk, responses);
      ms += performance.now() - started;
      if (issues.length > 0) throw new Error(JSON.stringify(issues.slice(0, 3)));
    }
    responses += chunk.length;
  }
  return { responses, ms };
}

async function main() {
  const run = promisify(execFile);
  const script = fileURLToPath(import.meta.url);
  const sizes = (text) => text.split(',').map((part) => Number(part.replaceAll('_', '')));
  const checkerPeople = sizes(process.env.BENCH_CHECKER_PEOPLE ?? '100000,1000000');
  const validatePeople = sizes(process.env.BENCH_VALIDATE_PEOPLE ?? '100000');
  const heapCapMb = Number(process.env.BENCH_CHECKER_HEAP_MB ?? 1536);
  const cases = [
    ...checkerPeople.map((people) => ['checker', people]),
    ...(heapCapMb > 0
      ? checkerPeople.slice(-1).map((people) => ['checker', people, heapCapMb])
      : []),
    ...checkerPeople.slice(-1).map((people) => ['chunksOnly', people]),
    ...validatePeople.map((people) => ['validateWorkspace', people]),
  ];
  const labels = {
    checker: 'responseChecker, 10k chunks',
    chunksOnly: 'chunks only (no check)',
    validateWorkspace: 'validateWorkspace, one array',
  };
  const rows = [];
  for (const [name, people, heapMb] of cases) {
    const cap = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
    const { stdout } = await run(
      process.execPath,
      ['--expose-gc', ...cap, script, name, String(people)],
      { maxBuffer: 1 << 20 },
    );
    const row = JSON.parse(stdout.trim().split('\n').at(-1));
    const label =
      heapMb === undefined ? labels[name] : `${labels[name]}, heap capped at ${heapMb} MB`;
    rows.push({ ...row, label });
    console.error(`  ${label} at ${people.toLocaleString('en')} people: done`);
  }
  const cell = (value, digits = 0) =>
    value === null ? '–' : value.toLocaleString('en', { maximumFractionDigits: digits });
  console.log(
    '\n| check | people | responses | responses/s | time (s) | peak RSS (MB) | live at end (MB) | of it the workspace (MB) | kept by the checker (MB, B/response) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const rate = row.ms === null ? null : row.responses / (row.ms / 1000);
    const kept =
      row.keptMb === null
        ? '–'
        : `${cell(row.keptMb)} (${cell((row.keptMb * MB) / row.responses)})`;
    console.log(
      `| ${row.label} | ${cell(row.people)} | ${cell(row.responses)} | ${cell(rate)} | ${row.ms === null ? '–' : cell(row.ms / 1000, 1)} | ${cell(row.maxRssMb)} | ${cell(row.liveMb)} | ${cell(row.workspaceMb)} | ${kept} |`,
    );
  }
  console.log(
    '\nresponses/s counts the time inside the checker (or validateWorkspace) only; peak RSS is the child process’s maxRSS, generator included (see "chunks only"); MB are MiB.',
  );
}
