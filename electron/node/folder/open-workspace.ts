// Opens a decision folder as the workspace, with legacy workspace.json decisions written as MADR records.
import { catalog } from '../../../catalog/index.ts';
import { citationResolver } from '../../../catalog/citations.ts';
import { lifecycleOf } from '../../common/adr-file/lifecycle.ts';
import { decisionFileName } from '../../common/adr-markdown/file-name.ts';
import { renderAdr } from '../../common/adr-markdown/render-adr.ts';
import { decisionTexts, type Decision } from '../../common/decision.ts';
import type { RenderRecord } from '../legacy/legacy-workspace.ts';
import type { LegacyDecision } from '../legacy/workspace-document.ts';
import { FolderWorkspace } from './folder-workspace.ts';

const resolveCitation = citationResolver(catalog);

/** A legacy record as the record model sees it, so the MADR renderer writes it. */
function asDecision(d: LegacyDecision): Decision {
  const { createdAt: _c, updatedAt: _u, ...fields } = d;
  const chosen = d.options.find((o) => o.id === d.chosenOption);
  const decision: Decision = {
    ...fields,
    id: decisionFileName(d.number, d.title),
    version: '',
    dialect: 'madr',
    lifecycle: lifecycleOf(d.status),
    reviewBy: null,
    chosenText: chosen?.title ?? null,
    markdown: '',
    warnings: [],
    git: null,
  };
  // The renderer lists what the file cites under References; the file is not written yet, so its texts stand in.
  return { ...decision, markdown: [...decisionTexts(decision), ...d.extraSections.map((s) => s.body)].join('\n\n') };
}

const renderLegacy: RenderRecord = (d, all) => ({
  fileName: decisionFileName(d.number, d.title),
  text: renderAdr(asDecision(d), 'madr', {
    resolveCitation,
    titleOf: (n) => all.find((x) => x.number === n)?.title ?? null,
  }),
});

export function openFolderWorkspace(dir: string, options: { now?: () => Date; watch?: boolean } = {}) {
  return FolderWorkspace.open(dir, { ...options, renderLegacy });
}
