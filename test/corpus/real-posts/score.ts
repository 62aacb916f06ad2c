import type { Catalog } from '../../../src/catalog/catalog-types';
import { explain } from '../../../src/engine';
import { GRADES, gradeShown, readShown, type Grade, type Graded } from './grade';
import type { Half, RealPost } from './real-post';

export interface Scored extends Graded {
  id: string;
  half: Half;
  language: RealPost['language'];
  family: RealPost['family'];
}

/** One item through the engine as the CLI calls it (no --lang: the text's language decides). */
export function scorePost(post: RealPost & { half: Half }, catalog: Catalog): Scored {
  const graded = gradeShown(post.expect, readShown(explain(post.text, catalog)));
  return { id: post.id, half: post.half, language: post.language, family: post.family, ...graded };
}

export type Tally = Record<Grade, number> & { total: number };

/** Counts of each grade per value of `key` (one row per half, language, family…), sorted by key. */
export function tally(rows: readonly Scored[], key: (r: Scored) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const row of [...rows].sort((a, b) => key(a).localeCompare(key(b)))) {
    const t = out.get(key(row)) ?? { right: 0, partial: 0, wrong: 0, nothing: 0, total: 0 };
    t[row.grade] += 1;
    t.total += 1;
    out.set(key(row), t);
  }
  return out;
}

/** A Markdown table of tallies: counts with the share right. */
export function formatTally(title: string, tallies: Map<string, Tally>): string {
  const lines = [
    `| ${title} | items | right | partial | confidently wrong | nothing | right % |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, t] of tallies)
    lines.push(
      `| ${name} | ${t.total} | ${GRADES.map((g) => t[g]).join(' | ')} | ${percent(t.right, t.total)} |`
    );
  return lines.join('\n');
}

function percent(n: number, of: number): string {
  return of === 0 ? '–' : `${((100 * n) / of).toFixed(0)}%`;
}
