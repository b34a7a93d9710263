// The legacy workspace document's name, apart from its schema: a command that only checks for the file loads no zod.
export const workspaceFileName = 'workspace.json';
