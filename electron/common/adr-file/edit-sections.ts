// Writes the title and the free-text and list sections (context, drivers, consequences, confirmation, more information).
import type { EditPlan } from './edit-plan.ts';
import { listStyle, renderList, type ListStyle } from './markdown-list.ts';
import { consequenceGroupSpan, sectionList } from './field-values.ts';
import { contentOf } from './outline.ts';
import { insertBlockAt, type Span } from './source-text.ts';

export function writeTitle(plan: EditPlan, value: string): void {
  const { layout } = plan;
  const title = value.replace(/\s*\r?\n\s*/g, ' ').trim();
  const heading = layout.title.heading;
  if (layout.title.span) plan.replace(layout.title.span, title);
  else if (heading) {
    const number = layout.title.number === null ? '' : `${layout.title.number}. `;
    plan.replace(heading, `${'#'.repeat(heading.depth)} ${number}${title}`);
  } else plan.splices.push(insertBlockAt(layout.text, layout.outline.from, `# ${title}`, layout.eol));
}

export type TextRole = 'context' | 'consequences' | 'confirmation' | 'moreInformation';

/** MADR 2 splits consequences into "Positive"/"Negative" subsections; their text is written back as one span. */
function writeConsequenceGroup(plan: EditPlan, span: Span, value: string): void {
  // Text without a heading of its own would fall into the outcome's first paragraph; give it MADR 3's heading.
  plan.replace(span, value === '' || /^#{3,}[ \t]/.test(value) ? value : `### Consequences\n\n${value}`);
}

export function writeText(plan: EditPlan, role: TextRole, value: string): void {
  const { layout } = plan;
  const section = layout.roles.get(role);
  const group = role === 'consequences' ? consequenceGroupSpan(layout) : null;
  if (section) plan.writeSection(section, section.all, value);
  else if (group) writeConsequenceGroup(plan, group, value);
  else if (value !== '') plan.addSection(role, value);
}

/** The list style of the file's first list, so a new list matches its neighbours. */
export function fileListStyle(plan: EditPlan): ListStyle {
  const list = plan.layout.outline.blocks.find(
    (b) => b.type === 'list' && /^ {0,3}[-*+]/.test(plan.layout.text.slice(b.start, b.end)),
  );
  return list?.type === 'list' ? listStyle(plan.layout.text, list) : { marker: '*', ordered: false, start: 1 };
}

export function writeDrivers(plan: EditPlan, values: string[]): void {
  const { layout } = plan;
  const section = layout.roles.get('drivers');
  const list = sectionList(layout, section);
  if (!section) {
    if (values.length > 0) plan.addSection('drivers', renderList(values, fileListStyle(plan)));
    return;
  }
  if (list && values.length === 0) return plan.removeBlock(list, section.own);
  if (list) return plan.replace(list, renderList(values, listStyle(layout.text, list)));
  // A drivers section written as prose keeps its prose; the list goes after it.
  const content = contentOf(layout.text, layout.outline, section.own);
  const rendered = renderList(values, fileListStyle(plan));
  if (content.start === content.end) plan.writeSection(section, section.own, rendered);
  else plan.replace({ start: content.end, end: content.end }, `\n\n${rendered}`);
}
