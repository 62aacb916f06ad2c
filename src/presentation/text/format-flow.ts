import type { Language } from '../../catalog/catalog-types';
import type { FlowAnswer, FlowGuide, FlowNodeView } from '../../engine';
import { withoutHidden } from '../words/as-text';
import { numberedStep } from '../words/describe-answer';
import { flowPhrase } from '../words/flow-phrases';
import { hopLabel } from '../words/labels';
import { linkLine } from './format-parts';

/**
 * A whole flow as a checklist for a runbook or a ticket: every node numbered in walk order, with
 * what to check, each answer's next number, what to do at each leaf, and the sources.
 */
export function formatGuide(language: Language, guide: FlowGuide): string {
  const number = new Map(guide.nodes.map((n, i) => [n.id, i + 1]));
  const out = [`== ${guide.flow.title} ==`, ''];
  for (const node of guide.nodes) {
    out.push(
      ...formatNode(language, node, `${number.get(node.id)}.`, (id) => `${number.get(id)}`),
      ''
    );
  }
  return withoutHidden(out.join('\n').trimEnd());
}

/** One step of a flow, as the CLI prints a `flow:` query's answer. */
export function formatFlowStep(answer: FlowAnswer): string {
  const lang = answer.language;
  const lines = [
    `== ${answer.flow.title} ==`,
    flowPhrase(lang, 'progress', { step: answer.trail.length + 1 }),
    '',
    ...formatNode(
      lang,
      answer.node,
      '',
      (id) => `flow:${answer.flow.id}:${id}:${[...answer.trail, answer.node.id].join(',')}`
    ),
  ];
  return withoutHidden(lines.join('\n'));
}

function formatNode(
  lang: Language,
  node: FlowNodeView,
  label: string,
  target: (id: string) => string
): string[] {
  const out = [`${label ? `${label} ` : ''}[${hopLabel(lang, node.hop)}] ${node.text}`];
  if (node.inference) out.push(`   (${flowPhrase(lang, 'inference')})`);
  if (node.check)
    for (const key of ['where', 'run', 'good', 'bad'] as const)
      if (node.check[key]) out.push(`   ${flowPhrase(lang, key)}: ${node.check[key]}`);
  for (const a of node.answers) out.push(`   - ${a.label} → ${target(a.next)}`);
  if (node.steps.length) {
    out.push(`   ${flowPhrase(lang, 'steps')}:`);
    node.steps.forEach((s, i) => out.push(`     ${numberedStep(lang, s, i)}`));
  }
  if (node.entries.length)
    out.push(
      `   ${flowPhrase(lang, 'entries')}: ${node.entries.map((e) => (e.kind === 'message' || e.kind === 'topic' ? e.name : `${e.key} ${e.name}`)).join(', ')}`
    );
  for (const l of node.links) out.push(`   ${linkLine(lang, l)}`);
  return out;
}
