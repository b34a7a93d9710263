// Runtime schema of the research catalogue: every data file in catalog/data is parsed through it.
import { z } from 'zod';

const paperId = z.string().regex(/^LR([1-9]\d{0,2})$/, 'paper ids look like LR1…LR124');
const stageId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'stage ids are kebab-case slugs');

export const areaCodes = ['DE', 'ME', 'CEC'] as const;
export const areaCode = z.enum(areaCodes);
export type AreaCode = z.infer<typeof areaCode>;

/** An ML lifecycle stage (Fig. 6, tables) or one of the three ecosystem areas (the scalability triangle). */
export const stageSchema = z.object({
  id: stageId,
  kind: z.enum(['stage', 'area']),
  name: z.string().min(1),
  /** The area a stage belongs to; an area names its own code. */
  area: areaCode,
  /** Every spelling the paper uses for this stage, so lookups normalise them. */
  aliases: z.array(z.string()),
  description: z.string(),
  /** Position in the lifecycle (Fig. 6 order), for stable sorting and layout. */
  order: z.number().int(),
});

export const challengeSchema = z.object({
  id: z.string().regex(/^C[MS]\d{2}$/),
  kind: z.enum(['maintainability', 'scalability']),
  title: z.string().min(1),
  /** Stage slug for maintainability challenges; for scalability ones, the slug of the first area listed. */
  stage: stageId,
  /** Every area the challenge belongs to (scalability challenges may span two, e.g. "DE / ME"). */
  areas: z.array(areaCode).min(1),
  researchQuestion: z.string().regex(/^RQ\d{1,2}$/),
  papers: z.array(paperId),
  solution: z.string().regex(/^S[MS]\d{2}$/),
  /** The challenge in the paper's words: the table's wording and, where the running text explains it, those sentences. */
  summary: z.string().min(1),
  /** Further detail from the paper's running text, if any. */
  detail: z.string(),
  source: z.string().min(1),
});

export const solutionSchema = z.object({
  id: z.string().regex(/^S[MS]\d{2}$/),
  challenge: z.string().regex(/^C[MS]\d{2}$/),
  title: z.string().min(1),
  summary: z.string().min(1),
  detail: z.string(),
  tools: z.array(z.string()),
  papers: z.array(paperId),
  /** True where the paper says no good solution exists yet. */
  openProblem: z.boolean(),
  source: z.string().min(1),
});

export const interdependencySchema = z.object({
  id: z.string().regex(/^I[MS]\d{2}$/),
  kind: z.enum(['maintainability', 'scalability']),
  /** Row number in Table XIV / XV. */
  row: z.number().int().positive(),
  from: stageId,
  to: stageId,
  bidirectional: z.boolean(),
  title: z.string().min(1),
  impact: z.string().min(1),
  detail: z.string(),
  papers: z.array(paperId),
  source: z.string().min(1),
});

export const antiPatternSchema = z.object({
  id: stageId,
  name: z.string().min(1),
  description: z.string().min(1),
  /** Stages whose problems loop back… */
  from: z.array(stageId).min(1),
  /** …to these stages. */
  to: z.array(stageId).min(1),
  papers: z.array(paperId),
  source: z.string().min(1),
});

export const tradeoffSchema = z.object({
  id: z.string().regex(/^T[1-6]$/),
  title: z.string().min(1),
  left: z.string().min(1),
  right: z.string().min(1),
  summary: z.string().min(1),
  considerations: z.array(z.string().min(1)).min(1),
  papers: z.array(paperId),
  source: z.string().min(1),
});

export const strategySchema = z.object({
  id: z.string().regex(/^ST\d{2}$/),
  title: z.string().min(1),
  summary: z.string(),
  points: z.array(z.string().min(1)).min(1),
  papers: z.array(paperId),
  source: z.string().min(1),
});

export const guidelineSchema = z.object({
  id: z.string().regex(/^G[MS][1-8]$/),
  kind: z.enum(['maintainability', 'scalability']),
  title: z.string().min(1),
  text: z.string().min(1),
  papers: z.array(paperId),
  source: z.string().min(1),
});

export const referenceSchema = z.object({
  id: paperId,
  authors: z.array(z.string().min(1)).min(1),
  /** null where the paper prints no year (see the catalogue notes). */
  year: z.number().int().min(1950).max(2030).nullable(),
  title: z.string().min(1),
  venue: z.string(),
  /** The reference exactly as the paper prints it. */
  raw: z.string().min(1),
});

export const researchQuestionSchema = z.object({
  id: z.string().regex(/^RQ\d{1,2}$/),
  text: z.string().min(1),
  /** Which catalogue parts answer it, e.g. ["challenges:DE"], ["tradeoffs", "strategies"]. */
  answeredBy: z.array(z.string()),
});

/** A place where the paper contradicts itself; kept as data and shown beside the entries it concerns. */
export const noteSchema = z.object({
  id: z.string().regex(/^N\d{2}$/),
  about: z.array(z.string().min(1)).min(1),
  text: z.string().min(1),
  source: z.string().min(1),
});

export const catalogSchema = z.object({
  meta: z.object({
    title: z.string(),
    authors: z.array(z.string()),
    affiliation: z.string(),
    source: z.string(),
  }),
  stages: z.array(stageSchema),
  challenges: z.array(challengeSchema),
  solutions: z.array(solutionSchema),
  interdependencies: z.array(interdependencySchema),
  antiPatterns: z.array(antiPatternSchema),
  tradeoffs: z.array(tradeoffSchema),
  strategies: z.array(strategySchema),
  guidelines: z.array(guidelineSchema),
  references: z.array(referenceSchema),
  researchQuestions: z.array(researchQuestionSchema),
  notes: z.array(noteSchema),
});

export type Stage = z.infer<typeof stageSchema>;
export type Challenge = z.infer<typeof challengeSchema>;
export type Solution = z.infer<typeof solutionSchema>;
export type Interdependency = z.infer<typeof interdependencySchema>;
export type AntiPattern = z.infer<typeof antiPatternSchema>;
export type Tradeoff = z.infer<typeof tradeoffSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Guideline = z.infer<typeof guidelineSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type ResearchQuestion = z.infer<typeof researchQuestionSchema>;
export type Note = z.infer<typeof noteSchema>;
export type CatalogData = z.infer<typeof catalogSchema>;
