// The order stages take on the map: the lifecycle, refined so every stage comes after the stages with arrows into it.
import type { MapLink, MapStage } from './data.ts';

/** Lifecycle order refined by the arrows: a topological order (two-way links run from the earlier stage) that breaks ties by `order`. */
export function lifecycleSequence(stages: MapStage[], links: MapLink[]): MapStage[] {
  const byId = new Map(stages.map((s) => [s.id, s]));
  const before = new Map(stages.map((s) => [s.id, new Set<string>()]));
  for (const l of links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    const [first, second] = l.bidirectional && b.order < a.order ? [b, a] : [a, b];
    before.get(second.id)?.add(first.id);
  }
  const done = new Set<string>();
  const rest = [...stages].sort((a, b) => a.order - b.order);
  const out: MapStage[] = [];
  while (rest.length) {
    // On a cycle of one-way arrows nothing is ready; the earliest stage then goes next.
    const i = Math.max(
      0,
      rest.findIndex((s) => [...(before.get(s.id) ?? [])].every((p) => done.has(p))),
    );
    const [next] = rest.splice(i, 1);
    if (!next) break;
    out.push(next);
    done.add(next.id);
  }
  return out;
}
