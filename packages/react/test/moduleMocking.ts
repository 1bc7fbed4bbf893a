/**
 * Unit test files that replace a module with `vi.mock`. The unit project shares one module graph
 * per worker (`isolate: false`), where a mock would leak into the files run after it; these run in
 * a project of their own. `moduleMocking.test.ts` fails when a file that mocks is missing here.
 */
export const moduleMocking = ['src/AssessmentForm/Question.test.tsx'];
