/**
 * The time a unit test and a hook may take, shared by every package's vitest config. CI runs the
 * packages' tasks side by side on two cores, where tests that take 1–3 s alone have passed 5 s
 * (vitest's default) and hooks start database servers. A limit here catches a test that hangs;
 * slowness is for the benchmarks (`pnpm bench`) to catch.
 */
export const loadedMachineTimeouts = { testTimeout: 60_000, hookTimeout: 60_000 } as const;
