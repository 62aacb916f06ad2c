/**
 * Scores the real-post corpus (test/corpus/real-posts) on the shipped engine and catalogs:
 *   npm run accuracy                      tables per half, language and source family
 *   npm run accuracy -- --items           also one line per item
 *   npm run accuracy -- --update-ledger   re-record ledger.json (the corpus test pins it)
 * The held-out half is scored only to measure a finished change, never to tune on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/files/load-catalog';
import { CORPUS_DIR, HALVES, readCorpus } from '../test/corpus/real-posts/real-post';
import { formatTally, scorePost, tally } from '../test/corpus/real-posts/score';

const { values } = parseArgs({
  options: { items: { type: 'boolean' }, 'update-ledger': { type: 'boolean' } },
});
const catalog = loadCatalog();
const rows = readCorpus().map((post) => scorePost(post, catalog));

const out: string[] = [
  `Real-post corpus: ${rows.length} items, ${new Date().toISOString().slice(0, 10)}`,
];
out.push(
  '',
  formatTally(
    'half',
    tally(rows, (r) => r.half)
  )
);
for (const half of HALVES) {
  const inHalf = rows.filter((r) => r.half === half);
  out.push(
    '',
    `### ${half}`,
    '',
    formatTally(
      'language',
      tally(inHalf, (r) => r.language)
    )
  );
  out.push(
    '',
    formatTally(
      'source family',
      tally(inHalf, (r) => r.family)
    )
  );
}
if (values.items) {
  out.push(
    '',
    '| id | half | language | family | grade | lead |',
    '| --- | --- | --- | --- | --- | --- |'
  );
  for (const r of rows)
    out.push(`| ${r.id} | ${r.half} | ${r.language} | ${r.family} | ${r.grade} | ${r.lead} |`);
}
console.log(out.join('\n'));

if (values['update-ledger']) {
  const ledger = Object.fromEntries(rows.map((r) => [r.id, { grade: r.grade, lead: r.lead }]));
  writeFileSync(join(CORPUS_DIR, 'ledger.json'), JSON.stringify(ledger, null, 2) + '\n');
  console.log(`\nledger.json re-recorded (${rows.length} items)`);
}
