// The contracts every format shares; each format is its own subpath (`/csv`, `/csv/stream`,
// `/case`, `/xapi`, `/badges`) so that an app loads only the parsers and crypto it uses.
export {
  describeIssue,
  interopIssue,
  InteropError,
  type InteropIssue,
} from './shared/interopIssue.js';
export type { ImportMode, ImportResult } from './shared/importMode.js';
export { interopLimits, type InteropLimits } from './shared/limits.js';
