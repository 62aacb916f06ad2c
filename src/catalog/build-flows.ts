import { buildSteps } from './build-entry';
import { CatalogError } from './catalog-error';
import type { CatalogFile, Flow as FileFlow, FlowNode as FileNode } from './catalog-file';
import type { CatalogEntry, CatalogLink, Flow, FlowNode } from './catalog-types';

/** A file's flows (or extensions of another file's flow nodes), with where it came from. */
export interface FlowSource {
  file: string;
  team: boolean;
  data: CatalogFile;
}

/**
 * Builds the guided flows of every file and checks them like entries: each node's answers lead to
 * a node of the same flow, every node is reachable from the start, a leaf has steps, every entry a
 * leaf names exists, every link is one of the file's links, and every node has a source link or is
 * marked as inference. A team file may add steps and links to a node (`extends: flow/node`).
 */
export function buildFlows(
  sources: readonly FlowSource[],
  byId: ReadonlyMap<string, CatalogEntry>
): Map<string, Flow> {
  const flows = new Map<string, Flow>();
  const extensions: Array<{ origin: string; raw: FileFlow; source: FlowSource }> = [];
  for (const source of sources) {
    (source.data.flows ?? []).forEach((raw, index) => {
      const origin = `${source.file}: flows[${index}] (${raw.id})`;
      if (raw.extends) extensions.push({ origin, raw, source });
      else {
        if (flows.has(raw.id)) throw new CatalogError(`${origin}, field "id": defined twice`);
        flows.set(raw.id, buildFlow(raw, source, origin, byId));
      }
    });
  }
  for (const { origin, raw, source } of extensions) {
    const [flowId, nodeId] = (raw.extends as string).split('/');
    const node = flows.get(flowId)?.nodes.get(nodeId) as FlowNode | undefined;
    if (!node) throw new CatalogError(`${origin}, field "extends": no flow node ${raw.extends}`);
    node.steps.push(...buildSteps(raw.steps, source.team));
    node.links.push(...links(source.data, raw.links, origin, source.team));
  }
  return flows;
}

function buildFlow(
  raw: FileFlow,
  source: FlowSource,
  origin: string,
  byId: ReadonlyMap<string, CatalogEntry>
): Flow {
  if (!raw.title || !raw.start || !raw.nodes?.length || !raw.symptoms)
    throw new CatalogError(`${origin}: a flow needs title, symptoms, start and nodes`);
  const nodes = new Map<string, FlowNode>();
  for (const [i, n] of raw.nodes.entries()) {
    const where = `${origin}, nodes[${i}] (${n.id})`;
    if (nodes.has(n.id)) throw new CatalogError(`${where}, field "id": defined twice`);
    nodes.set(n.id, buildNode(n, source, where, byId));
  }
  if (!nodes.has(raw.start))
    throw new CatalogError(`${origin}, field "start": no node ${raw.start}`);
  for (const node of nodes.values())
    for (const a of node.answers)
      if (!nodes.has(a.next))
        throw new CatalogError(`${origin}, node ${node.id}: answer leads to no node ${a.next}`);
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const a of nodes.get(id)?.answers ?? []) visit(a.next);
  };
  visit(raw.start);
  const unreached = [...nodes.keys()].filter((id) => !reached.has(id));
  if (unreached.length)
    throw new CatalogError(`${origin}: nodes not reached from the start: ${unreached.join(', ')}`);
  return {
    id: raw.id,
    catalogId: source.data.id,
    title: raw.title,
    symptoms: raw.symptoms,
    start: raw.start,
    nodes,
  };
}

function buildNode(
  n: FileNode,
  source: FlowSource,
  where: string,
  byId: ReadonlyMap<string, CatalogEntry>
): FlowNode {
  const answers = n.answers ?? [];
  if (n.kind === 'leaf' ? answers.length > 0 || !n.steps?.length : answers.length < 2)
    throw new CatalogError(
      `${where}: a leaf has steps and no answers; a question or check has 2 to 4 answers`
    );
  for (const id of n.entries ?? [])
    if (!byId.has(id)) throw new CatalogError(`${where}, field "entries": no entry ${id}`);
  const nodeLinks = links(source.data, n.links, where, source.team);
  if (nodeLinks.length === 0 && !n.inference)
    throw new CatalogError(`${where}: give a source link or mark the node "inference": true`);
  return {
    id: n.id,
    hop: n.hop,
    kind: n.kind,
    text: n.text,
    check: n.check,
    answers: answers.map((a) => ({ label: a.label, next: a.next })),
    steps: buildSteps(n.steps, source.team),
    entries: n.entries ?? [],
    links: nodeLinks,
    inference: n.inference ?? false,
  };
}

function links(
  file: CatalogFile,
  keys: readonly string[] | undefined,
  origin: string,
  team: boolean
): CatalogLink[] {
  return (keys ?? []).map((key, i) => {
    const named = Object.hasOwn(file.links ?? {}, key) ? file.links?.[key] : undefined;
    if (!named)
      throw new CatalogError(
        `${origin}, field "links[${i}]": no link "${key}" in the file's links`
      );
    return { url: named.url, title: named.title, team };
  });
}
