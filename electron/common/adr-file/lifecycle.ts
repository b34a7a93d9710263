// Where a status written in a team's own words stands in a record's life, for filters and colour.

export type Lifecycle = 'draft' | 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded' | 'other';

/**
 * The words that name a stage. "Approved" counts as accepted (teams use it for the same step); adr-tools once
 * spelt "superceded". Words such as "pending", "in review" or "on hold" say something else and stay "other".
 */
const stages: ReadonlyMap<string, Lifecycle> = new Map([
  ['draft', 'draft'],
  ['proposed', 'proposed'],
  ['accepted', 'accepted'],
  ['approved', 'accepted'],
  ['rejected', 'rejected'],
  ['deprecated', 'deprecated'],
  ['superseded', 'superseded'],
  ['superceded', 'superseded'],
]);

/** The first known word decides ("Partly superseded" → superseded, "accepted; supersedes ADR-0045" → accepted). */
export function lifecycleOf(status: string | null): Lifecycle | null {
  if (status === null) return null;
  const words = status.toLowerCase().match(/[a-z]+/g) ?? [];
  for (const word of words) {
    const stage = stages.get(word);
    if (stage) return stage;
  }
  return 'other';
}
