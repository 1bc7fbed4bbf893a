// Constants that vite.config.ts defines at build time.

/** A digest of @capkit/model's built code: names the checks `validateWorkspace` makes. */
declare const __CAPKIT_MODEL_CHECKS__: string;
