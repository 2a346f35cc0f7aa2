/**
 * `npm run eval`: accuracy of job-title matching (against plain fuse.js) and precision of
 * recommendations (against TF-IDF and BM25), and the reasons and related occupations as
 * read by a person, all on the real data in the same run.
 * Writes eval/results.json and prints markdown tables.
 */
import { writeFile } from 'node:fs/promises';

const { evalTitles } = await import('./titles.js');
const { evalRecommend } = await import('./recommend.js');
const { evalReading } = await import('./reading.js');

const results = { titles: await evalTitles(), recommend: await evalRecommend(), reading: await evalReading() };
await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
