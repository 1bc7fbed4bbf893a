/** The framework page's address for one framework version. */
export const frameworkPath = (frameworkId: string, version: string): string =>
  `/setup/framework?${new URLSearchParams({ id: frameworkId, version }).toString()}`;
