// Written from package.json by scripts/write-version.ts (npm run build, npm version).
/** The version of microcred-widgets this code is, as in its package.json. */
export const VERSION = '0.1.0';
