// The names of the API operations, kept free of schemas so the preload bundle stays a few kilobytes.
export const apiOps = [
  'appInfo',
  'workspaceStatus',
  'listDecisions',
  'decisionSummaries',
  'getDecision',
  'createDecision',
  'updateDecision',
  'resolveConflict',
  'decisionHistory',
  'decisionDiff',
  'duplicateDecision',
  'deleteDecision',
  'restoreDecision',
  'supersedeDecision',
  'exportDecisions',
  'importDecisions',
  'chooseFolder',
  'listAnalyses',
  'createAnalysis',
  'updateAnalysis',
  'deleteAnalysis',
  'restoreAnalysis',
  'decideFromAnalysis',
] as const;

export type ApiOp = (typeof apiOps)[number];
