// Turns a scored analysis into a proposed decision record: drivers, options with pros and cons, justification and citations.
import { ratingAnchors, type Analysis, type Criterion } from './analysis.ts';
import { emptyDecision, type Decision, type DecisionOption } from './decision.ts';
import { count, percent, points, rankLabel, weightPoints } from './format.ts';
import { revisitWhen } from './revisit-when.ts';
import { scoreAnalysis, type AnalysisScore } from './scoring/score-analysis.ts';

/** The slice of the catalogue this needs; `catalog` from catalog/index.ts satisfies it. */
export interface CatalogLookup {
  tradeoff: ReadonlyMap<string, { id: string; title: string; left: string; right: string }>;
  challengesSharingPapers(id: string): { item: { id: string; title: string }; papers: string[] }[];
  strategiesSharingPapers(id: string): { item: { id: string; title: string }; papers: string[] }[];
}

export interface DecisionIds {
  id: string;
  number: number;
  date: string;
  now: string;
}

/** A catalogue entry suggested because it shares papers with one of the analysis's tradeoffs. */
export interface Suggestion {
  id: string;
  title: string;
  papers: string[];
  tradeoffs: string[];
}

/** How many suggestions of each kind a decision lists; the rest stay one click away in the catalogue. */
export const SUGGESTION_LIMIT = 10;

/** Tradeoff ids the analysis's criteria stand for, in first-use order. */
export function analysisTradeoffs(analysis: Pick<Analysis, 'criteria'>): string[] {
  return [...new Set(analysis.criteria.flatMap((c) => (c.tradeoff ? [c.tradeoff] : [])))];
}

/** Challenges and strategies sharing papers with the given tradeoffs, most shared papers first, then by id. */
export function suggestedEntries(
  tradeoffs: readonly string[],
  lookup: CatalogLookup,
): { challenges: Suggestion[]; strategies: Suggestion[] } {
  const collect = (find: (id: string) => { item: { id: string; title: string }; papers: string[] }[]) => {
    const byId = new Map<string, Suggestion>();
    for (const t of tradeoffs) {
      for (const { item, papers } of find(t)) {
        const s = byId.get(item.id) ?? { id: item.id, title: item.title, papers: [], tradeoffs: [] };
        s.papers = [...new Set([...s.papers, ...papers])];
        s.tradeoffs.push(t);
        byId.set(item.id, s);
      }
    }
    return [...byId.values()].sort(
      (a, b) => b.papers.length - a.papers.length || a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
  };
  return {
    challenges: collect((id) => lookup.challengesSharingPapers(id)),
    strategies: collect((id) => lookup.strategiesSharingPapers(id)),
  };
}

/** "Favour Scalability over Cost (weight 35%) [@T6]" for a tradeoff criterion; the title and weight otherwise. */
export function driverText(c: Criterion, weight: number, lookup: CatalogLookup): string {
  const w = `(weight ${percent(weight)})`;
  const t = c.tradeoff ? lookup.tradeoff.get(c.tradeoff) : undefined;
  if (c.tradeoff && t) {
    const [favoured, other] = c.favours === 'right' ? [t.right, t.left] : [t.left, t.right];
    const lead = c.favours ? `Favour ${favoured} over ${other}` : `Balance ${t.left} and ${t.right}`;
    return `${lead} ${w} [@${c.tradeoff}]`;
  }
  return c.type === 'cost' ? `${c.title}, the lower the better ${w}` : `${c.title} ${w}`;
}

/** Pros are ratings that serve a criterion well (4–5, or 1–2 for a cost), cons the reverse, 3 is neutral. */
export function optionFromRatings(analysis: Analysis, optionId: string): DecisionOption {
  const option = analysis.options.find((o) => o.id === optionId);
  const out: DecisionOption = {
    id: optionId,
    title: option?.title ?? optionId,
    description: option?.description ?? '',
    pros: [],
    neutral: [],
    cons: [],
  };
  const row = Object.hasOwn(analysis.ratings, optionId) ? analysis.ratings[optionId]! : {};
  for (const c of analysis.criteria) {
    const r = row[c.id];
    if (r === undefined) continue;
    // A group's mean rating can fall between anchors: it is then given as a number only.
    const anchor = Number.isInteger(r) ? ratingAnchors[c.type][r - 1] : undefined;
    const text = anchor ? `${c.title}: ${anchor.label} (${r}/5)` : `${c.title}: ${Math.round(r * 10) / 10}/5`;
    const utility = c.type === 'benefit' ? r : 6 - r;
    (utility >= 4 ? out.pros : utility <= 2 ? out.cons : out.neutral).push(text);
  }
  return out;
}

/** Scores the analysis and drafts the decision, or explains why it cannot be scored yet. */
export function draftDecision(
  analysis: Analysis,
  lookup: CatalogLookup,
  ids: DecisionIds,
): { ok: true; decision: Decision; score: AnalysisScore } | { ok: false; errors: string[] } {
  const score = scoreAnalysis(analysis);
  if (!score.ok) return score;
  return { ok: true, decision: decisionFromAnalysis(analysis, score, lookup, ids), score };
}

export function decisionFromAnalysis(
  analysis: Analysis,
  score: AnalysisScore,
  lookup: CatalogLookup,
  ids: DecisionIds,
): Decision {
  const d = emptyDecision(ids.id, ids.number, analysis.title);
  d.date = ids.date;
  const weightOf = (criterionId: string) => score.normalisedWeights[score.criterionIds.indexOf(criterionId)] ?? 0;
  d.context = [
    analysis.title,
    analysis.description.trim(),
    `Derived from analysis “${analysis.title}”: ${analysis.options.length} options weighed on ${analysis.criteria.length} criteria.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  d.drivers = analysis.criteria.map((c) => driverText(c, weightOf(c.id), lookup));
  d.options = analysis.options.map((o) => optionFromRatings(analysis, o.id));
  d.chosenOption = score.leaders.length === 1 ? score.leaders[0]! : null;
  const revisit = revisitWhen(analysis, score, lookup);
  d.justification = [justification(analysis, score), ...(revisit ? [revisit] : [])].join('\n\n');
  d.moreInformation = moreInformation(analysis, score, lookup);
  d.tags = ['analysis'];
  d.analysisId = analysis.id;
  return d;
}

function justification(analysis: Analysis, s: AnalysisScore): string {
  const title = (id: string) => `“${analysis.options.find((o) => o.id === id)?.title ?? id}”`;
  const criterion = (id: string) => `“${analysis.criteria.find((c) => c.id === id)?.title ?? id}”`;
  const at = (id: string) => s.optionIds.indexOf(id);
  const n = s.optionIds.length;
  const lines: string[] = [];
  const [first] = s.leaders;
  if (s.leaders.length > 1) {
    lines.push(
      `No option is chosen yet: ${s.leaders.map(title).join(' and ')} tie for first place with ${points(s.scores[at(first!)]!)} of 100 each. ` +
        'Break the tie with another criterion, finer ratings or a deliberate weight change.',
    );
  } else if (first !== undefined) {
    const runnerUp = s.optionIds
      .map((id, i) => ({ id, score: s.scores[i]!, rank: s.ranks[i]! }))
      .filter((o) => o.rank !== 1)
      .sort((a, b) => b.score - a.score)[0];
    const lead = `${title(first)} scores ${points(s.scores[at(first)]!)} of 100, rank 1 of ${n}`;
    lines.push(
      runnerUp
        ? `${lead}, ${points(s.scores[at(first)]! - runnerUp.score)} points ahead of the runner-up ${title(runnerUp.id)} (${points(runnerUp.score)}).`
        : `${lead}; it is the only option weighed.`,
    );
  }
  const mc = analysis.montecarlo;
  const how =
    mc.mode === 'dirichlet'
      ? `with weights drawn uniformly at random (Dirichlet, seed ${mc.seed})`
      : `with each weight perturbed by up to ±${percent(mc.spread)} (seed ${mc.seed})`;
  const rates = s.leaders.map((id) => `${title(id)} wins ${percent(s.winRates[at(id)]!)}`).join(', ');
  lines.push(`Robustness: over ${count(mc.samples)} Monte Carlo samples ${how}, ${rates} of the time.`);
  const c = s.mostCritical;
  if (c) {
    lines.push(
      `The most critical criterion is ${criterion(c.criterion)}: changing its weight by ${weightPoints(c.delta)} of weight ` +
        `(to ${percent(c.newWeight)} after renormalising) would make ${title(c.option)} tie with ${title(c.leader)}.`,
    );
  } else if (n > 1 && s.leaders.length === 1) {
    lines.push('No change to a single criterion’s weight can make another option tie with the leader.');
  }
  if (s.ahp) {
    const worst = s.ahp.mostInconsistent;
    lines.push(
      s.ahp.warning
        ? `Weights come from AHP pairwise comparisons with a consistency ratio of ${s.ahp.cr.toFixed(2)}, above the 0.10 limit: revisit the judgements` +
            `${worst ? ` (most inconsistent: ${criterion(worst.criteria[0])} against ${criterion(worst.criteria[1])})` : ''} before relying on them.`
        : `Weights come from AHP pairwise comparisons with a consistency ratio of ${s.ahp.cr.toFixed(2)} (acceptable, at most 0.10).`,
    );
  }
  return lines.join('\n\n');
}

function moreInformation(analysis: Analysis, s: AnalysisScore, lookup: CatalogLookup): string {
  const rows = s.optionIds.map((id, i) => {
    const t = analysis.options.find((o) => o.id === id)?.title ?? id;
    return `| ${t.replaceAll('|', '\\|')} | ${points(s.scores[i]!)} | ${rankLabel(s.ranks, i)} | ${percent(s.winRates[i]!)} |`;
  });
  const parts = [
    `Scores from analysis “${analysis.title}” (out of 100; weights normalised to sum to 100%):`,
    ['| Option | Score | Rank | Monte Carlo win rate |', '| --- | ---: | ---: | ---: |', ...rows].join('\n'),
  ];
  const tradeoffs = analysisTradeoffs(analysis);
  const { challenges, strategies } = suggestedEntries(tradeoffs, lookup);
  const list = (heading: string, items: Suggestion[]) => {
    if (items.length === 0) return;
    const shown = items.slice(0, SUGGESTION_LIMIT);
    const more = items.length > shown.length ? ` (the ${shown.length} sharing most papers, of ${items.length})` : '';
    parts.push(
      `${heading}${more}:\n\n${shown.map((i) => `- ${i.title} [@${i.id}] (shares ${i.papers.join(', ')} with ${i.tradeoffs.join(', ')})`).join('\n')}`,
    );
  };
  list('Catalogue challenges to watch, linked to the weighed tradeoffs through shared papers', challenges);
  list('Balancing strategies linked to the weighed tradeoffs through shared papers', strategies);
  return parts.join('\n\n');
}
