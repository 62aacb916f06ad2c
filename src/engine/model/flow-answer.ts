import type { Hop } from '../../catalog/catalog-types';
import type { AnswerBase, EntryRef, LinkView, StepView } from './answer';

/** A guided flow as offered or run: its id, title and first node. */
export interface FlowRef {
  id: string;
  title: string;
  start: string;
}

/** One node of a flow, in the answer's language. */
export interface FlowNodeView {
  id: string;
  hop: Hop;
  kind: 'question' | 'check' | 'leaf';
  text: string;
  check?: { where: string; run?: string; good?: string; bad?: string };
  answers: Array<{ label: string; next: string }>;
  steps: StepView[];
  entries: EntryRef[];
  links: LinkView[];
  inference: boolean;
}

/**
 * A step of a guided flow. Stateless: `trail` (the nodes walked to get here, oldest first) is all
 * that Back needs, and it travels with every button, so nothing is kept between turns.
 */
export interface FlowAnswer extends AnswerBase {
  kind: 'flow';
  flow: FlowRef;
  node: FlowNodeView;
  trail: string[];
}
