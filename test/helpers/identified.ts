import type { Answer } from '../../src/engine';

/**
 * What an answer identifies, in the corpus notation: entry ids (with `@context`), `win:<key>`,
 * `?<token>`, `~<token>`, `≈<id>` for closest matches, `help` when it asks what to send.
 */
export function identified(answer: Answer): string[] {
  if (answer.kind === 'help')
    return answer.reason === 'vague' && answer.closest.length
      ? answer.closest.map((r) => `≈${r.id}`)
      : ['help'];
  if (answer.kind === 'flow') return [`flow:${answer.flow.id}:${answer.node.id}`];
  if (answer.kind === 'log') {
    // A code's context in a paste is the one its detail shows.
    const context = new Map(
      answer.details.flatMap((d) => (d.context ? [[d.id, d.context.context] as const] : []))
    );
    return [
      ...new Set(
        answer.findings.flatMap((f) => [
          f.event?.id,
          ...f.codes.map((c) => (context.has(c.id) ? `${c.id}@${context.get(c.id)}` : c.id)),
          ...f.windows.map((w) => `win:${w.key}`),
        ])
      ),
    ].filter((x): x is string => !!x);
  }
  return answer.items.map((i) => {
    if (i.type === 'entry')
      return `${answer.basis === 'keywords' || i.via === 'keyword' ? '≈' : ''}${i.entry.id}${i.entry.context ? `@${i.entry.context.context}` : ''}`;
    if (i.type === 'windows') return `win:${i.code.key}`;
    return `${i.type === 'unknown' ? '?' : '~'}${i.token}`;
  });
}
