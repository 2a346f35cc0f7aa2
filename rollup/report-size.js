import { gzipSync } from 'node:zlib';

/** Prints the raw and gzip size of every emitted chunk, so size regressions are seen at build time. */
export function reportSize() {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gz = gzipSync(file.code, { level: 9 }).length;
        this.info(`${file.fileName}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
      }
    },
  };
}
