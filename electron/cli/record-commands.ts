// `new` and `set`: the workspace's records from the shell, edited in place, losslessly (`list` is list-command.ts).
import path from 'node:path';
import type { Decision } from '../common/decision.ts';
import { AppError } from '../common/errors.ts';
import type { Output } from './adr-commands.ts';
import { withWorkspace } from './workspace-command.ts';

interface Where {
  workspace?: string;
}

export async function newCommand(title: string, opts: Where): Promise<Output> {
  const { dir, decision } = await withWorkspace(opts.workspace, async (api) => ({
    dir: (await api.appInfo()).workspace,
    decision: await api.createDecision({ title }),
  }));
  return { out: path.join(dir, decision.id), err: '', code: 0 };
}

/** Finds a record by its file name (with or without the folder) or by its number. */
function find(records: Decision[], which: string): Decision {
  const name = path.basename(which);
  const byName = records.find((d) => d.id === name);
  if (byName) return byName;
  const number = /^\d+$/.test(which) ? Number(which) : null;
  const byNumber = records.filter((d) => d.number === number);
  if (byNumber.length === 1) return byNumber[0]!;
  if (byNumber.length > 1)
    throw new AppError(
      'conflict',
      `Several records have number ${which}: ${byNumber.map((d) => d.id).join(', ')}. Name the file.`,
    );
  throw new AppError('not-found', `No record "${which}" in this folder; \`tradeoff-atlas list\` shows what there is.`);
}

export async function setCommand(which: string, opts: Where & { status?: string; date?: string }): Promise<Output> {
  if (opts.status === undefined && opts.date === undefined)
    throw new AppError('bad-request', 'Say what to set: --status TEXT and/or --date YYYY-MM-DD.');
  const patch = {
    ...(opts.status === undefined ? {} : { status: opts.status }),
    ...(opts.date === undefined ? {} : { date: opts.date }),
  };
  const saved = await withWorkspace(opts.workspace, async (api) => {
    const record = find(await api.listDecisions(), which);
    const result = await api.updateDecision(record.id, patch, record.version);
    if (!result.decision)
      throw new AppError('conflict', `${record.id} changed on disk while it was being edited; run the command again.`);
    return result.decision;
  });
  return { out: `${saved.id}: status ${saved.status ?? '(none)'}, date ${saved.date ?? '(none)'}`, err: '', code: 0 };
}
