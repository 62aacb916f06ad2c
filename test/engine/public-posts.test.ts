import posts from '../corpus/public-posts.json';
import { ask } from '../helpers/answers';
import { identified } from '../helpers/identified';

/**
 * Posts written the way admins post in public (GitHub issues on the Intune docs and on SCEP
 * servers, forums, blogs): error lines, setup and device logs, validation-script output and plain
 * questions, in English and Japanese. Each names the entries its answer must contain, and the
 * answers it must not give: an id ending in `:` stands for every entry of that catalog. A how-to
 * question may be answered by closest matches (`≈`), which the card labels as such.
 */
interface Post {
  id: string;
  source: string;
  text: string;
  language: 'en' | 'ja';
  expect: string[];
  mustNot: string[];
  note: string;
}

const POSTS = posts as Post[];

/** An answer's ids without the closest-match mark, and without contexts for a bare expectation. */
function matches(answerIds: string[], wanted: string): boolean {
  return answerIds.some((raw) => {
    const id = raw.replace(/^≈/, '');
    if (wanted.endsWith(':')) return id.startsWith(wanted);
    return wanted.includes('@') ? id === wanted : id.split('@')[0] === wanted;
  });
}

describe('public-post corpus', () => {
  it('holds at least 40 posts, in English and Japanese, each with expectations', () => {
    expect(POSTS.length).toBeGreaterThanOrEqual(40);
    expect(POSTS.filter((p) => p.language === 'ja').length).toBeGreaterThanOrEqual(8);
    for (const p of POSTS) expect(p.expect.length + p.mustNot.length).toBeGreaterThan(0);
  });

  it.each(POSTS.map((p) => [`${p.id}: ${p.text.slice(0, 70)}`, p] as const))(
    '%s',
    (_title, post) => {
      const got = identified(ask(post.text));
      expect({
        missing: post.expect.filter((id) => !matches(got, id)),
        wrong: post.mustNot.filter((id) => matches(got, id)),
      }).toEqual({ missing: [], wrong: [] });
    }
  );
});
