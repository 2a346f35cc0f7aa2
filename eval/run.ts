/**
 * `npm run eval`: accuracy of job-title matching (against plain fuse.js) and precision of
 * recommendations (against a TF-IDF ranking), both on the real data in the same run.
 * Writes eval/results.json and prints markdown tables.
 */
import { writeFile } from 'node:fs/promises';

const { evalTitles } = await import('./titles.js');
const { evalRecommend } = await import('./recommend.js');

const results = { titles: await evalTitles(), recommend: await evalRecommend() };
await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
