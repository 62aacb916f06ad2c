import type { FlowAnswer, FlowRef } from '../../engine';
import { hopLabel } from '../words/labels';
import { flowPhrase } from '../words/flow-phrases';
import { stepTags } from '../words/describe-answer';
import type { Choice, FlowCardData, QueryButton } from './card-models';
import { asChoices, chainStrip, refButton } from './card-parts';

/** Source links a step shows. */
const MAX_LINKS = 5;

/**
 * One step of a guided flow. Every button carries the whole state as its query
 * (`flow:<flow>:<node>:<trail>`), so the bot keeps nothing between presses and two admins
 * walking the same card each get their own next step.
 */
export function flowCard(answer: FlowAnswer): FlowCardData {
  const lang = answer.language;
  const { flow, node, trail } = answer;
  const here = [...trail, node.id];
  const stepQuery = (next: string, path: readonly string[]) =>
    `flow:${flow.id}:${next}${path.length ? `:${path.join(',')}` : ''}`;
  const navigation: QueryButton[] = [];
  if (trail.length) {
    const previous = trail[trail.length - 1];
    navigation.push({
      title: flowPhrase(lang, 'back'),
      query: stepQuery(previous, trail.slice(0, -1)),
    });
    navigation.push({ title: flowPhrase(lang, 'restart'), query: stepQuery(flow.start, []) });
  }
  const check = node.check
    ? (['where', 'run', 'good', 'bad'] as const).flatMap((key) => {
        const value = node.check?.[key];
        return value ? [{ title: flowPhrase(lang, key), value }] : [];
      })
    : [];
  const hop = hopLabel(lang, node.hop);
  return {
    language: lang,
    speak: `${flow.title}. ${node.text}`,
    progress: flowPhrase(lang, 'progress', { step: trail.length + 1 }),
    title: flow.title,
    chain: chainStrip(lang, { reportedBy: node.hop, faultAt: [] }),
    here: flowPhrase(lang, 'here', { hop }),
    text: node.text,
    inference: node.inference ? flowPhrase(lang, 'inference') : '',
    check,
    steps: node.steps.map((s, i) => ({
      number: `${i + 1}.`,
      text: s.text,
      tag: stepTags(lang, s).join(' · '),
    })),
    entries: asChoices(node.entries.map(refButton)),
    answers: asChoices(
      node.answers.map((a) => ({ title: a.label, query: stepQuery(a.next, here) }))
    ),
    navigation,
    labels: {
      steps: flowPhrase(lang, 'steps'),
      entries: flowPhrase(lang, 'entries'),
      answers: flowPhrase(lang, 'answers'),
      sources: flowPhrase(lang, 'sources'),
      more: flowPhrase(lang, 'more'),
    },
    // A team's own pages come first and marked, so the row's cap never hides them.
    links: [...node.links.filter((l) => l.team), ...node.links.filter((l) => !l.team)]
      .slice(0, MAX_LINKS)
      .map((l) => ({ title: `${l.team ? '★ ' : ''}${l.title}`, url: l.url })),
    notices: [],
  };
}

/** "Walk me through it" buttons for the flows a question's symptom fits; title '' when none. */
export function guidesOf(
  lang: FlowAnswer['language'],
  guides: readonly FlowRef[] = []
): { title: string; items: Choice[] } {
  return {
    title: guides.length ? flowPhrase(lang, 'offerTitle') : '',
    items: asChoices(
      guides.map((g) => ({
        title: flowPhrase(lang, 'offer', { title: g.title }),
        query: `flow:${g.id}:${g.start}`,
      }))
    ),
  };
}
