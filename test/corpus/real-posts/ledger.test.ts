import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalog } from '../../helpers/answers';
import { GRADES } from './grade';
import { CORPUS_DIR, readCorpus } from './real-post';
import { scorePost } from './score';

/**
 * Every corpus item's current grade and lead, pinned: any change in any item (better or worse)
 * fails here until it is re-recorded, so each change is seen and explained. These are not
 * targets: docs/accuracy.md reports the figures, and the held-out half is never tuned on.
 */
const ledger = JSON.parse(readFileSync(join(CORPUS_DIR, 'ledger.json'), 'utf8')) as Record<
  string,
  { grade: string; lead: string }
>;
const corpus = readCorpus();
const HINT =
  'run `npm run accuracy -- --update-ledger` and say in the commit which items changed and why';

describe('real-post ledger', () => {
  it('records every item once, with a known grade', () => {
    expect(Object.keys(ledger).sort()).toEqual(corpus.map((p) => p.id));
    for (const entry of Object.values(ledger)) expect(GRADES).toContain(entry.grade);
  });

  it('matches what the engine answers now (re-record after an intended change)', () => {
    const catalog = builtInCatalog();
    const changed = corpus.flatMap((post) => {
      const now = scorePost(post, catalog);
      const was = ledger[post.id];
      return was && (was.grade !== now.grade || was.lead !== now.lead)
        ? [
            `${post.id} (${post.half}): was ${was.grade} [${was.lead}], now ${now.grade} [${now.lead}] — ${HINT}`,
          ]
        : [];
    });
    expect(changed).toEqual([]);
  });
});
