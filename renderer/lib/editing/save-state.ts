// The one save-status vocabulary: every state a save can be in, the words and mark each shows, and which matters most.
import type { WorkspaceStatus } from '../../../electron/common/api.ts';

export type SaveState =
  'saved' | 'connecting' | 'unsaved' | 'retrying' | 'not-saved' | 'conflict' | 'saving' | 'read-only';

export interface SaveStatus {
  state: SaveState;
  /** Why, when the state is "retrying", "not-saved", "conflict" or "read-only". */
  message: string | null;
}

/** The words, the same wherever a save status is shown. */
export const saveWords: Record<SaveState, string> = {
  saved: 'All changes saved',
  connecting: 'Connecting…',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  retrying: 'Not saved — retrying',
  'not-saved': 'Not saved',
  conflict: 'Not saved — changed on disk',
  'read-only': 'Read-only',
};

/** A shape beside the words, so the state never rests on colour alone. */
export const saveMarks: Record<SaveState, string> = {
  saved: '✓',
  connecting: '…',
  unsaved: '•',
  saving: '…',
  retrying: '⟳',
  'not-saved': '⚠',
  conflict: '⚠',
  'read-only': '🔒',
};

/** Most urgent last: read-only explains every other failure, and a save under way will change what follows. */
const urgency: readonly SaveState[] = [
  'saved',
  'connecting',
  'unsaved',
  'retrying',
  'not-saved',
  'conflict',
  'saving',
  'read-only',
];

export const saved: SaveStatus = { state: 'saved', message: null };

/** The host's status of the workspace in the same words; null while it has not answered yet. */
export function hostSaveStatus(status: WorkspaceStatus | null): SaveStatus {
  if (!status) return { state: 'connecting', message: null };
  const state = status.state === 'error' ? 'not-saved' : status.state;
  return { state, message: state === 'saved' ? null : status.message };
}

/** The status that matters most of several, e.g. the host's and each editor's. */
export function mostUrgent(statuses: readonly SaveStatus[]): SaveStatus {
  return statuses.reduce((a, b) => (urgency.indexOf(b.state) > urgency.indexOf(a.state) ? b : a), saved);
}
