// Adds a link to another record the way the file's dialect writes one: adr-tools link lines, MADR status text, log4brains Links.
import { escapeLinkText, linkKind } from '../adr-markdown/links.ts';
import { EditPlan } from './edit-plan.ts';
import { writeMetaText } from './edit-metadata.ts';
import { writeText } from './edit-sections.ts';
import { metaText, sectionText } from './field-values.ts';
import { readLayout } from './record-layout.ts';

export interface LinkTarget {
  number: number | null;
  title: string;
  /** The target's file name in the same folder. */
  fileName: string;
}

/** MADR 4 names a record "ADR-0045"; a record without a number is named by a link. */
function madrRef(target: LinkTarget): string {
  return target.number === null
    ? `[${escapeLinkText(target.title)}](${target.fileName})`
    : `ADR-${String(target.number).padStart(4, '0')}`;
}

/**
 * Adds `relation` (e.g. "Supersedes", "Superseded by", "Amends") from this record to `target`:
 * - adr-tools: a link line `Relation [N. Title](file.md)` at the end of the Status section, as `adr new -s` and `adr link` do;
 * - MADR: "superseded by ADR-NNNN" becomes the status, "supersedes ADR-NNNN" is appended to it (MADR 4's way), and any
 *   other relation becomes a line under "More Information";
 * - log4brains: "superseded by [slug](file.md)" becomes the status, other relations go to the "Links" section.
 */
export function addRecordLink(text: string, relation: string, target: LinkTarget): string {
  const layout = readLayout(text);
  const plan = new EditPlan(layout);
  const kind = linkKind(relation);
  const status = metaText(layout, layout.places.status);
  const slug = target.fileName.replace(/\.md$/i, '');
  if (layout.dialect === 'adr-tools' || layout.places.status?.where === 'section') {
    const label = target.number === null ? target.title : `${target.number}. ${target.title}`;
    const line = `${relation} [${escapeLinkText(label)}](${target.fileName})`;
    const section = layout.statusSection;
    if (!section) plan.addSection('status', line);
    else if (section.content.start < section.content.end)
      plan.replace({ start: section.content.end, end: section.content.end }, `\n\n${line}`);
    else plan.writeSection(section.section, section.section.own, line);
  } else if (kind === 'superseded-by') {
    const ref = layout.dialect === 'log4brains' ? `[${slug}](${target.fileName})` : madrRef(target);
    writeMetaText(plan, 'status', `superseded by ${ref}`);
  } else if (kind === 'supersedes' && layout.dialect === 'madr') {
    writeMetaText(
      plan,
      'status',
      status === null ? `supersedes ${madrRef(target)}` : `${status}; supersedes ${madrRef(target)}`,
    );
  } else if (layout.dialect === 'madr') {
    const more = sectionText(layout, layout.roles.get('moreInformation'));
    const line = `${relation} [${escapeLinkText(madrRef(target))}](${target.fileName})`;
    writeText(plan, 'moreInformation', more === '' ? line : `${more}\n\n${line}`);
  } else {
    const links = layout.outline.sections.find((s) => s.heading.key === 'links' && s.heading.depth === 2);
    const line = `- ${relation} [${slug}](${target.fileName})`;
    if (links)
      plan.writeSection(links, links.all, [sectionText(layout, links), line].filter((p) => p !== '').join('\n'));
    else
      plan.splices.push({
        start: text.length,
        end: text.length,
        text: `${text.endsWith('\n') ? layout.eol : layout.eol + layout.eol}## Links${layout.eol}${layout.eol}${line}${layout.eol}`,
      });
  }
  return plan.finish();
}
