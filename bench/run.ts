/**
 * `npm run bench`: every speed and size goal, measured against a baseline in the same
 * run where the goal is a ratio. Needs the real data in ../shared/data (or
 * MICROCRED_DATA); writes bench/results.json and prints a markdown summary.
 */
import { writeFile } from 'node:fs/promises';

type Bench = () => Promise<object>;

const benches: Array<[name: string, load: () => Promise<Bench>]> = [
  ['build', async () => (await import('./build.js')).benchBuild],
  ['load', async () => (await import('./load.js')).benchLoad],
  ['titles', async () => (await import('./titles.js')).benchTitles],
  ['titles-across', async () => (await import('./titles-across.js')).benchTitlesAcross],
  ['rank', async () => (await import('./rank.js')).benchRank],
  ['bundle', async () => (await import('./bundle.js')).benchBundle],
  ['element-bundles', async () => (await import('./element-bundles.js')).benchElementBundles],
  ['longtasks', async () => (await import('./longtasks.js')).benchLongTasks],
  ['first-suggestion', async () => (await import('./first-suggestion.js')).benchFirstSuggestion],
  ['first-recommendations', async () => (await import('./first-recommendations.js')).benchFirstRecommendations],
  ['skill-search', async () => (await import('./skill-search.js')).benchSkillSearch],
  ['cache-file', async () => (await import('./cache-file.js')).benchCacheFile],
  ['store', async () => (await import('./store.js')).benchStore],
  ['intake', async () => (await import('./intake.js')).benchIntake],
  ['inquiries', async () => (await import('./inquiries.js')).benchInquiries],
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
let failed = false;
for (const [name, load] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench ${name}…\n`);
  try {
    const run = await load();
    results[name] = await run();
  } catch (error) {
    failed = true;
    results[name] = { error: error instanceof Error ? error.message : String(error) };
  }
  console.log(`\n## ${name}\n\n\`\`\`json\n${JSON.stringify(results[name], null, 2)}\n\`\`\``);
}
await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
if (failed) process.exitCode = 1;
