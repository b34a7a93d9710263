// Typed, read-only access to the catalogue and the links between its entries.
import { toEntries, type Entry } from './entries.ts';
import type {
  CatalogData,
  Challenge,
  Interdependency,
  Note,
  Reference,
  Solution,
  Stage,
  Strategy,
  Tradeoff,
} from './schema.ts';

/** An entry linked to another through the papers they both cite. */
export interface SharedPapers<T> {
  item: T;
  papers: string[];
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

export class Catalog {
  readonly entries: readonly Entry[];
  private readonly entryById: Map<string, Entry>;
  private readonly stageByName = new Map<string, Stage>();
  private readonly citing = new Map<string, Entry[]>();
  readonly challenge: Map<string, Challenge>;
  readonly solution: Map<string, Solution>;
  readonly stage: Map<string, Stage>;
  readonly reference: Map<string, Reference>;
  readonly tradeoff: Map<string, Tradeoff>;

  constructor(readonly data: CatalogData) {
    this.entries = Object.freeze(toEntries(data));
    this.entryById = byId(this.entries);
    this.challenge = byId(data.challenges);
    this.solution = byId(data.solutions);
    this.stage = byId(data.stages);
    this.reference = byId(data.references);
    this.tradeoff = byId(data.tradeoffs);
    for (const s of data.stages) {
      for (const name of [s.id, s.name, ...s.aliases]) this.stageByName.set(normalise(name), s);
    }
    for (const e of this.entries) {
      for (const p of e.papers) this.citing.set(p, [...(this.citing.get(p) ?? []), e]);
    }
  }

  entry(id: string): Entry | undefined {
    return this.entryById.get(id) ?? this.entryById.get(id.toUpperCase());
  }

  /** Finds a stage by any of the paper's spellings ("Model/ Concept drift" → model-drift). */
  stageNamed(name: string): Stage | undefined {
    return this.stageByName.get(normalise(name));
  }

  /** Challenges of a stage; for an area, every challenge of its stages and every scalability challenge spanning it. */
  challengesOf(stageId: string): Challenge[] {
    const stage = this.stage.get(stageId);
    if (!stage) return [];
    if (stage.kind === 'stage') return this.data.challenges.filter((c) => c.stage === stageId);
    return this.data.challenges.filter((c) => c.areas.includes(stage.area));
  }

  stagesOfArea(area: Stage['area']): Stage[] {
    return this.data.stages.filter((s) => s.kind === 'stage' && s.area === area);
  }

  interdependenciesOf(stageId: string): { incoming: Interdependency[]; outgoing: Interdependency[] } {
    const touching = this.data.interdependencies.filter((i) => i.from === stageId || i.to === stageId);
    return {
      // A two-way arrow is both incoming and outgoing for each of its ends.
      incoming: touching.filter((i) => i.to === stageId || i.bidirectional),
      outgoing: touching.filter((i) => i.from === stageId || i.bidirectional),
    };
  }

  /** Every entry that cites the paper. */
  citedBy(paperId: string): Entry[] {
    return this.citing.get(paperId) ?? [];
  }

  papersOf(entryId: string): Reference[] {
    return (this.entry(entryId)?.papers ?? []).flatMap((p) => this.reference.get(p) ?? []);
  }

  tradeoffsSharingPapers(entryId: string): SharedPapers<Tradeoff>[] {
    return this.sharing(entryId, this.data.tradeoffs);
  }

  strategiesSharingPapers(entryId: string): SharedPapers<Strategy>[] {
    return this.sharing(entryId, this.data.strategies);
  }

  challengesSharingPapers(entryId: string): SharedPapers<Challenge>[] {
    return this.sharing(entryId, this.data.challenges);
  }

  notesAbout(entryId: string): Note[] {
    return this.data.notes.filter((n) => n.about.includes(entryId));
  }

  private sharing<T extends { id: string; papers: string[] }>(entryId: string, items: T[]): SharedPapers<T>[] {
    const own = new Set(this.entry(entryId)?.papers ?? []);
    return items
      .filter((item) => item.id !== entryId)
      .map((item) => ({ item, papers: item.papers.filter((p) => own.has(p)) }))
      .filter((s) => s.papers.length > 0)
      .sort((a, b) => b.papers.length - a.papers.length);
  }
}
