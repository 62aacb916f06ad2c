import type { Catalog, Flow, Language } from '../../catalog/catalog-types';
import { refEntry, uniqueLinks, viewStep } from '../entries/view-entry';
import type { FlowAnswer, FlowRef } from '../model/flow-answer';

/** Nodes a trail keeps: more than any flow's depth, so Back always works, and the data stays small. */
const MAX_TRAIL = 30;

/** A flow as offered: id, title and start. */
export function refFlow(flow: Flow, language: Language): FlowRef {
  return { id: flow.id, title: flow.title[language], start: flow.start };
}

/**
 * The answer for one node of a flow, reached through `trail`. Whatever a button carries is
 * checked: a node outside the flow means the start, and trail ids outside it are dropped, so a
 * stale or forged card can only restart the flow. Undefined for an unknown flow.
 */
export function viewFlow(
  catalog: Catalog,
  flowId: string,
  nodeId: string | undefined,
  trail: readonly string[],
  language: Language
): FlowAnswer | undefined {
  const flow = catalog.flows.get(flowId);
  if (!flow) return undefined;
  const node =
    flow.nodes.get(nodeId ?? '') ??
    (flow.nodes.get(flow.start) as NonNullable<ReturnType<typeof flow.nodes.get>>);
  const kept =
    node.id === flow.start ? [] : trail.filter((id) => flow.nodes.has(id)).slice(-MAX_TRAIL);
  return {
    kind: 'flow',
    language,
    flags: {},
    flow: refFlow(flow, language),
    trail: kept,
    node: {
      id: node.id,
      hop: node.hop,
      kind: node.kind,
      text: node.text[language],
      check: node.check && {
        where: node.check.where[language],
        run: node.check.run?.[language],
        good: node.check.good?.[language],
        bad: node.check.bad?.[language],
      },
      answers: node.answers.map((a) => ({ label: a.label[language], next: a.next })),
      steps: node.steps.map((s) => viewStep(s, language)),
      entries: node.entries.flatMap((id) => {
        const entry = catalog.byId.get(id);
        return entry ? [refEntry(catalog, entry, language)] : [];
      }),
      links: uniqueLinks(node.links, language),
      inference: node.inference,
    },
  };
}

/** A whole flow for a checklist: its nodes in the order a walk from the start meets them. */
export interface FlowGuide {
  flow: FlowRef;
  nodes: FlowAnswer['node'][];
}

/**
 * A flow by its id or its path (`scep`, `pkcs`), every node in walk order (each answer's
 * branch in turn, depth first); undefined when no flow has that name.
 */
export function guideFlow(
  catalog: Catalog,
  name: string,
  language: Language
): FlowGuide | undefined {
  const wanted = name.toLowerCase();
  const flow =
    catalog.flows.get(wanted) ??
    [...catalog.flows.values()].find((f) => f.id.startsWith(`${wanted}-`));
  if (!flow) return undefined;
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    order.push(id);
    for (const a of flow.nodes.get(id)?.answers ?? []) visit(a.next);
  };
  visit(flow.start);
  return {
    flow: refFlow(flow, language),
    nodes: order.map((id) => (viewFlow(catalog, flow.id, id, [], language) as FlowAnswer).node),
  };
}
