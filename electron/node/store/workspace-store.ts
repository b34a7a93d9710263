// The workspace store: a DocumentStore of workspace.json, opened at a folder (default: the XDG data folder).
import { DocumentStore, type StoreOptions } from './document-store.ts';
import { defaultWorkspacePath, workspaceKind, type WorkspaceDocument } from './workspace-document.ts';

export type WorkspaceStore = DocumentStore<WorkspaceDocument>;
export type WorkspaceStoreOptions = Omit<StoreOptions<WorkspaceDocument>, 'kind'>;

export function openWorkspace(
  dir: string = defaultWorkspacePath(),
  options: WorkspaceStoreOptions = {},
): Promise<WorkspaceStore> {
  return DocumentStore.open(dir, { ...options, kind: workspaceKind });
}
