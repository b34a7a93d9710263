// How a criterion's kind is described, the same where it is added, where it is edited, and in the decision it writes
// ("Operating effort, the lower the better").
import type { CriterionType } from '../../../../electron/common/analysis.ts';

export const criterionTypes: readonly { value: CriterionType; label: string }[] = [
  { value: 'benefit', label: 'Benefit: the higher the rating, the better' },
  { value: 'cost', label: 'Cost: the lower the rating, the better' },
];
