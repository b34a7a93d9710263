// The example a new workspace can start from: a worked decision that cites the catalogue.
import type { DecisionPatch } from '../../../electron/common/decision.ts';

export const exampleTitle = 'Use a feature store for training and serving';

export const examplePatch: DecisionPatch = {
  tags: ['data', 'serving'],
  context:
    'Features are computed twice: by batch jobs for training and again inside the online service. As datasets and their ' +
    'metadata evolve, the two code paths drift apart and nobody can say which version of a feature a model was trained on ' +
    '[@CM10]. The review lists data and metadata versioning tools (DVC, MLflow, Pachyderm, ModelDB…) as the answer to ' +
    'managing evolving datasets [@SM11]; we need one versioned definition of each feature that both sides read.',
  drivers: [
    'Every model must be traceable to the feature and dataset versions it was trained on [@CM10]',
    'Teams must keep adding features quickly without destabilising serving [@T5]',
    'Serving latency must stay within the current budget',
  ],
  options: [
    {
      id: 'feature-store',
      title: 'Adopt a feature store',
      description:
        'Define features once; the store versions them and materialises them offline for training and online for serving.',
      pros: [
        'one versioned definition of each feature for training and serving [@SM11]',
        'point-in-time correct training sets',
      ],
      neutral: ['a new component to learn'],
      cons: ['another service to run, monitor and keep stable [@T5]'],
    },
    {
      id: 'shared-feature-library',
      title: 'Share a feature library between the batch jobs and the service',
      description: 'One package computes features in both places; datasets are versioned with DVC.',
      pros: ['no new infrastructure'],
      neutral: [],
      cons: ['still two execution paths that can drift apart [@CM10]', 'no history for point-in-time joins'],
    },
  ],
  chosenOption: 'feature-store',
  justification:
    'it removes the second code path and versions features with their data, at the cost of one more service.',
  consequences:
    '* Good, because new features ship without changes to the serving code.\n* Bad, because the team must operate the store.',
  confirmation: 'Compare offline and online feature values for a week of traffic; they must match.',
};
