// Collects one edit's splices; insertions that must share a place (front matter keys, metadata bullets, new sections) are grouped.
import type { Layout } from './record-layout.ts';
import { contentOf, type Section } from './outline.ts';
import { adrToolsOrder, headingFor, madrOrder, roleOfKey, type Role } from './section-roles.ts';
import { applySplices, insertBlockAt, nextLineStart, toEol, trimSpan, type Span, type Splice } from './source-text.ts';

const commentBlock = /^<!--[\s\S]*-->$/;

export class EditPlan {
  readonly splices: Splice[] = [];
  private readonly frontMatterLines: string[] = [];
  private readonly bulletLines: string[] = [];
  private readonly introLines: string[] = [];
  private readonly underDateLines: string[] = [];
  private readonly newSections = new Map<Role, string>();
  private readonly newOutcomeParts = new Map<Role, string>();

  constructor(readonly layout: Layout) {}

  replace(span: Span, text: string): void {
    this.splices.push({ start: span.start, end: span.end, text: toEol(text, this.layout.eol) });
  }

  addFrontMatterLine(line: string): void {
    this.frontMatterLines.push(line);
  }

  addBullet(label: string, value: string): void {
    this.bulletLines.push(`${this.layout.meta.bullets?.marker ?? '-'} ${label}: ${value}`);
  }

  addIntroLine(line: string): void {
    this.introLines.push(line);
  }

  /** A `Key: value` line right under adr-tools' `Date:` line (one added line), or under the title when there is none. */
  addLineUnderDate(line: string): void {
    this.underDateLines.push(line);
  }

  /** A new `##` section (or, for MADR, a subsection of the outcome), placed where the dialect writes it. */
  addSection(role: Role, body: string): void {
    const madr = this.layout.dialect !== 'adr-tools';
    if (madr && (role === 'consequences' || role === 'confirmation' || role === 'outcome'))
      this.newOutcomeParts.set(role, body);
    else this.newSections.set(role, body);
  }

  /** Writes a section's content in place: replaced, emptied, or filled in under its heading. */
  writeSection(section: Section, extent: Span, value: string): void {
    const { text } = this.layout;
    const content = contentOf(text, this.layout.outline, extent);
    if (content.start < content.end) {
      this.replace(value === '' ? { start: section.heading.end, end: content.end } : content, value);
      return;
    }
    if (value === '') return;
    const gap = text.slice(section.heading.end, extent.end);
    const breaks = gap.split('\n').length - 1;
    const atEnd = extent.end >= text.length && content.end >= text.length;
    const eol = this.layout.eol;
    const trail = breaks >= 2 || (atEnd && breaks === 1) ? '' : eol;
    this.splices.push({
      start: section.heading.end,
      end: section.heading.end,
      text: eol + eol + toEol(value, eol) + trail,
    });
  }

  /** Removes a block and the blank lines that separated it from what follows (or precedes, at a span's end). */
  removeBlock(block: Span, within: Span): void {
    const { text } = this.layout;
    const after = trimSpan(text, block.end, within.end);
    if (after.start < within.end) return this.replace({ start: block.start, end: after.start }, '');
    const before = trimSpan(text, within.start, block.start);
    this.replace({ start: before.start === before.end ? within.start : before.end, end: block.end }, '');
  }

  /** Where a new top-level section for `role` goes: before the first later known section, above its comments. */
  private sectionPoint(role: Role): number {
    const { layout } = this;
    const order = layout.dialect === 'adr-tools' ? adrToolsOrder : madrOrder;
    const later = new Set(order.slice(order.indexOf(role) + 1));
    const after = layout.title.heading?.end ?? layout.outline.from;
    const next = layout.outline.sections.find((s) => {
      const r = roleOfKey.get(s.heading.key);
      return s.heading.depth <= 2 && s.heading.start >= after && r !== undefined && later.has(r);
    });
    return next ? this.aboveComments(next.heading.start) : this.layout.text.length;
  }

  private aboveComments(at: number): number {
    const { text, outline } = this.layout;
    let point = at;
    for (const b of [...outline.blocks].reverse()) {
      if (b.end > point) continue;
      if (text.slice(b.end, point).trim() !== '' || !commentBlock.test(text.slice(b.start, b.end))) break;
      point = b.start;
    }
    return point;
  }

  private sectionBlock(role: Role, body: string, depth: number): string {
    const names = headingFor[this.layout.dialect === 'adr-tools' ? 'adr-tools' : 'madr'];
    const heading = `${'#'.repeat(depth)} ${names[role]}`;
    return body === '' ? heading : `${heading}\n\n${body}`;
  }

  private finishOutcome(): void {
    if (this.newOutcomeParts.size === 0) return;
    const parts = (['consequences', 'confirmation'] as const).filter((r) => this.newOutcomeParts.has(r));
    const blocks = parts.map((r) => this.sectionBlock(r, this.newOutcomeParts.get(r)!, 3));
    const outcome = this.layout.roles.get('outcome');
    if (!outcome) {
      const preamble = this.newOutcomeParts.get('outcome') ?? '';
      this.newSections.set('outcome', [preamble, ...blocks].filter((b) => b !== '').join('\n\n'));
      return;
    }
    const confirmation = this.layout.roles.get('confirmation');
    const under = confirmation?.heading.depth === 3 ? confirmation : undefined;
    for (const [i, role] of parts.entries()) {
      const before = role === 'consequences' && under ? under.heading.start : outcome.all.end;
      this.splices.push(insertBlockAt(this.layout.text, this.aboveComments(before), blocks[i]!, this.layout.eol));
    }
  }

  private finishMetadata(): void {
    const { layout } = this;
    const { text, eol } = layout;
    const fm = layout.frontMatter;
    if (this.frontMatterLines.length > 0) {
      // Never write into YAML that could not be read: the result could not be read back either.
      if (fm?.error) throw new Error(`cannot add to the front matter: ${fm.error}`);
      const lines = this.frontMatterLines.map((l) => toEol(l, eol) + eol).join('');
      const yamlEndsLine = fm && (fm.closing === fm.yaml.start || text[fm.closing - 1] === '\n');
      if (fm) this.splices.push({ start: fm.closing, end: fm.closing, text: yamlEndsLine ? lines : eol + lines });
      else
        this.splices.push({ start: layout.outline.from, end: layout.outline.from, text: `---${eol}${lines}---${eol}` });
    }
    const bullets = layout.meta.bullets;
    if (this.bulletLines.length > 0 && bullets) {
      // Whole lines after the list's last line, so an entry removed from that line in the same edit cannot overlap.
      const at = nextLineStart(text, bullets.list.end);
      const lead = text[at - 1] === '\n' ? '' : eol;
      this.splices.push({ start: at, end: at, text: lead + this.bulletLines.map((l) => toEol(l, eol) + eol).join('') });
    }
    const underTitle = [...(bullets ? [] : [this.bulletLines.join('\n')]), ...this.introLines].filter((b) => b !== '');
    const at = layout.title.heading ? nextLineStart(text, layout.title.heading.end) : layout.outline.from;
    for (const block of underTitle) this.splices.push(insertBlockAt(text, at, block, eol));
    if (this.underDateLines.length === 0) return;
    const date = layout.places.date;
    const lines = this.underDateLines.join('\n');
    if (date?.where !== 'inline') return void this.splices.push(insertBlockAt(text, at, lines, eol));
    const after = nextLineStart(text, date.entry.value.end);
    const lead = text[after - 1] === '\n' ? '' : eol;
    this.splices.push({ start: after, end: after, text: lead + toEol(lines, eol) + (lead ? '' : eol) });
  }

  finish(): string {
    this.finishMetadata();
    this.finishOutcome();
    const order = this.layout.dialect === 'adr-tools' ? adrToolsOrder : madrOrder;
    const roles = [...this.newSections.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const role of roles)
      this.splices.push(
        insertBlockAt(
          this.layout.text,
          this.sectionPoint(role),
          this.sectionBlock(role, this.newSections.get(role)!, 2),
          this.layout.eol,
        ),
      );
    return applySplices(this.layout.text, this.splices);
  }
}
