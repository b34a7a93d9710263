// The decision graph's input: the records a filter keeps, the catalogue entries they cite, and the links between
// them (cites, supersedes, amends), each node in the stage cluster it belongs to.
import type { Catalog } from '../../../../catalog/catalog.ts';
import type { EntryKind } from '../../../../catalog/entries.ts';
import type { DecisionSummary } from '../../../../electron/common/decision-summary.ts';
import type { Lifecycle } from '../../../../electron/common/decision.ts';

export type GraphDecision = Pick<
  DecisionSummary,
  'id' | 'number' | 'title' | 'lifecycle' | 'tags' | 'citations' | 'supersedes' | 'supersededBy' | 'amends'
>;

export interface GraphFilter {
  /** A lifecycle word, or null for every record. */
  lifecycle: Lifecycle | null;
  /** A tag, or null for every record. */
  tag: string | null;
}

export interface GraphNode {
  id: string;
  kind: 'decision' | EntryKind;
  /** Short text drawn beside the mark: "ADR-0003" or a catalogue key. */
  label: string;
  /** The whole name, for the accessible name and the tooltip. */
  title: string;
  /** The stage cluster (a stage id), or null for entries and records tied to no stage. */
  cluster: string | null;
  lifecycle: Lifecycle | 'none' | null;
}

export type GraphLinkKind = 'cites' | 'supersedes' | 'amends';

export interface GraphLink {
  id: string;
  kind: GraphLinkKind;
  /** The citing, superseding or amending record. */
  source: string;
  target: string;
}

export interface GraphData {
  nodes: GraphNode[];
  links: GraphLink[];
  /** Stage clusters in the catalogue's stage order, then "No stage" when some node has none. */
  clusters: { id: string | null; name: string }[];
}

export const adrLabel = (n: number | null) => (n === null ? 'ADR' : `ADR-${String(n).padStart(4, '0')}`);

/** The stage an entry sits in: a challenge's own, a solution's challenge's, a stage itself; else none. */
function entryStage(catalog: Catalog, id: string, kind: EntryKind): string | null {
  if (kind === 'stage') return catalog.stage.get(id)?.kind === 'stage' ? id : null;
  const challengeId = kind === 'solution' ? catalog.data.solutions.find((s) => s.id === id)?.challenge : id;
  const challenge = catalog.data.challenges.find((c) => c.id === challengeId);
  return kind === 'challenge' || kind === 'solution' ? (challenge?.stage ?? null) : null;
}

/** The stage most of a record's cited entries sit in (the earlier stage on a tie), or null. */
function majorityStage(stages: (string | null)[], order: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const s of stages) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | null = null;
  for (const s of order) if ((counts.get(s) ?? 0) > (best === null ? 0 : counts.get(best)!)) best = s;
  return best;
}

export const keepsRecord = (d: GraphDecision, f: GraphFilter) =>
  (f.lifecycle === null || d.lifecycle === f.lifecycle) && (f.tag === null || d.tags.includes(f.tag));

export function graphData(catalog: Catalog, decisions: readonly GraphDecision[], filter: GraphFilter): GraphData {
  const kept = decisions.filter((d) => keepsRecord(d, filter));
  const stageOrder = catalog.data.stages.filter((s) => s.kind === 'stage').map((s) => s.id);
  const entries = new Map<string, GraphNode>();
  const links: GraphLink[] = [];
  const records: GraphNode[] = kept.map((d) => {
    const cited = d.citations.flatMap((key) => {
      const entry = catalog.entry(key);
      return entry ? [entry] : [];
    });
    for (const e of cited) {
      if (!entries.has(e.id))
        entries.set(e.id, {
          id: e.id,
          kind: e.kind,
          label: e.id,
          title: `${e.id}: ${e.title}`,
          cluster: entryStage(catalog, e.id, e.kind),
          lifecycle: null,
        });
      links.push({ id: `${d.id}>${e.id}`, kind: 'cites', source: d.id, target: e.id });
    }
    const label = adrLabel(d.number);
    return {
      id: d.id,
      kind: 'decision',
      label,
      title: `${label} ${d.title} (${d.lifecycle ?? 'no status'})`,
      cluster: majorityStage(
        cited.map((e) => entries.get(e.id)!.cluster),
        stageOrder,
      ),
      lifecycle: d.lifecycle ?? 'none',
    };
  });
  const byNumber = new Map(kept.flatMap((d) => (d.number === null ? [] : [[d.number, d.id] as const])));
  const between = (kind: GraphLinkKind, source: string, targetNumber: number) => {
    const target = byNumber.get(targetNumber);
    const id = `${source}>${kind}>${target}`;
    if (target !== undefined && target !== source && !links.some((l) => l.id === id))
      links.push({ id, kind, source, target });
  };
  for (const d of kept) {
    for (const n of d.supersedes) between('supersedes', d.id, n);
    for (const n of d.amends) between('amends', d.id, n);
    const newer = d.supersededBy === null ? undefined : byNumber.get(d.supersededBy);
    if (newer !== undefined && d.number !== null) between('supersedes', newer, d.number);
  }
  const nodes = [...records, ...entries.values()];
  const used = new Set(nodes.map((n) => n.cluster));
  const clusters: GraphData['clusters'] = stageOrder
    .filter((s) => used.has(s))
    .map((s) => ({ id: s, name: catalog.stage.get(s)!.name }));
  if (used.has(null)) clusters.push({ id: null, name: 'No stage' });
  return { nodes, links, clusters };
}
