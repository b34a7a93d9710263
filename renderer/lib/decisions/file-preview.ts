// A record file split for the preview: its YAML front matter shown as text, its Markdown body rendered.

export interface FilePreview {
  /** The YAML between the fences, or null when the file has none. */
  frontMatter: string | null;
  body: string;
}

// The closing fence must start a line, as in the files the host reads.
const fence = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function filePreview(markdown: string): FilePreview {
  const text = markdown.replace(/^\uFEFF/, '');
  const m = fence.exec(text);
  return m ? { frontMatter: m[1] ?? '', body: text.slice(m[0].length) } : { frontMatter: null, body: text };
}
