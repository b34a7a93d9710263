// A heading's key for matching known sections; apart from the section splitter, so reading a record's plain
// outline (record-skim.ts) loads no Markdown parser.
// Most headings hold no comment, no run of white space and no white space but single spaces: they need only
// lowercasing, which a folder of thousands of records does without the regular-expression passes.
const needsCleaning = /<!--|\s\s|[^\S ]|^ | $/;

export function sectionKey(heading: string): string {
  if (!needsCleaning.test(heading)) return heading.toLowerCase();
  return heading
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
