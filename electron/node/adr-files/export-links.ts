// Link lines a record's fields do not hold ("Amends …", "Related to …", supersede links to unnumbered records), carried
// into the record rendered in another dialect the way that dialect writes them.
import { addRecordLink } from '../../common/adr-file/add-link.ts';
import { readRecordFile } from '../../common/adr-file/record-file.ts';
import { fileHref, linkKind } from '../../common/adr-markdown/links.ts';
import type { Decision } from '../../common/decision.ts';
import type { ExportName } from './export-names.ts';
import { siblingTarget } from './markdown-links.ts';

/** What the export knows of each record, by its own (old) file name. */
export type ExportedRecords = ReadonlyMap<string, ExportName & { title: string }>;

// A line that may be a link line ("Amends [4. X](0004-x.md)", "- Supersedes [slug](slug.md)"), matched in linear
// time: without one there is nothing to carry, and the record is not read a second time.
const linkLine = /^[ \t]*(?:[-*+][ \t]+)?[A-Za-z][A-Za-z \t:-]*\[[^\]\n]*\]\(/m;

function alreadyThere(text: string, relation: string, href: string): boolean {
  const lower = relation.toLowerCase();
  return text.split('\n').some((line) => line.includes(`](${href})`) && line.toLowerCase().includes(lower));
}

/**
 * Adds to `rendered` (the record `d` in another dialect) each link line of its source file that the fields leave out.
 * A supersede link to a numbered record is not one of them: the renderer writes it from the numbers. A link to a
 * record of the export names its export file; any other target (a URL, a file not exported) is kept as written.
 */
export function carryLinkLines(
  rendered: string,
  d: Pick<Decision, 'id' | 'markdown'>,
  records: ExportedRecords,
): string {
  if (!linkLine.test(d.markdown)) return rendered;
  let text = rendered;
  for (const link of readRecordFile(d.id, d.markdown).links) {
    if (link.relation === null || (linkKind(link.relation) !== 'other' && link.number !== null)) continue;
    const target = siblingTarget(link.href);
    const exported = target === null ? undefined : records.get(target);
    const fileName = exported ? fileHref(exported.name) : link.href;
    if (alreadyThere(text, link.relation, fileName)) continue;
    text = addRecordLink(text, link.relation, {
      number: exported ? exported.number : link.number,
      title: exported ? exported.title : link.label.replace(/^\s*\d+\.\s+/, ''),
      fileName,
    });
  }
  return text;
}
