import { defineConfig, type Options } from 'tsup';
import { dualFormatBuilds } from '../../scripts/tsupCommonJs.js';

const target = 'es2022';

// One subpath per format, so that an app taking in CSV never loads the signing libraries, and
// one shared chunk graph in both formats, so that `InteropError` is one class whichever entry
// threw it (the options weighed: ../../scripts/tsupCommonJs.ts).
const library: Options = {
  entry: {
    index: 'src/index.ts',
    csv: 'src/csv/index.ts',
    csvStream: 'src/csv/stream/index.ts',
    case: 'src/case/index.ts',
    xapi: 'src/xapi/index.ts',
    badges: 'src/badges/index.ts',
  },
  splitting: true,
  dts: true,
  sourcemap: true,
  target,
};

export default defineConfig(() => dualFormatBuilds(library));
