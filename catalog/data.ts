// Assembles the catalogue's data files into one object; the files are checked against catalog/schema.ts by the linters.
import meta from './data/meta.json' with { type: 'json' };
import stages from './data/stages.json' with { type: 'json' };
import maintainabilityChallenges from './data/challenges-maintainability.json' with { type: 'json' };
import scalabilityChallenges from './data/challenges-scalability.json' with { type: 'json' };
import maintainabilitySolutions from './data/solutions-maintainability.json' with { type: 'json' };
import scalabilitySolutions from './data/solutions-scalability.json' with { type: 'json' };
import interdependencies from './data/interdependencies.json' with { type: 'json' };
import antiPatterns from './data/anti-patterns.json' with { type: 'json' };
import tradeoffs from './data/tradeoffs.json' with { type: 'json' };
import strategies from './data/strategies.json' with { type: 'json' };
import guidelines from './data/guidelines.json' with { type: 'json' };
import references from './data/references.json' with { type: 'json' };
import researchQuestions from './data/research-questions.json' with { type: 'json' };
import maintainabilityNotes from './data/notes/maintainability.json' with { type: 'json' };
import structureNotes from './data/notes/structure.json' with { type: 'json' };
import referenceNotes from './data/notes/references.json' with { type: 'json' };
import type { CatalogData } from './schema.ts';

/**
 * The raw catalogue. Typed by assertion because JSON imports widen literal unions;
 * `npm test` parses this same object through `catalogSchema`, so the assertion is checked.
 */
export const catalogData = {
  meta,
  stages,
  challenges: [...maintainabilityChallenges, ...scalabilityChallenges],
  solutions: [...maintainabilitySolutions, ...scalabilitySolutions],
  interdependencies,
  antiPatterns,
  tradeoffs,
  strategies,
  guidelines,
  references,
  researchQuestions,
  notes: [...maintainabilityNotes, ...structureNotes, ...referenceNotes],
} as CatalogData;
