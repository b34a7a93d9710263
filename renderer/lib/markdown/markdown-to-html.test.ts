// Hostile Markdown comes out inert: raw HTML escaped, script links dropped, remote images shown as text.
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html.ts';

describe('markdownToHtml', () => {
  it('renders ordinary Markdown', () => {
    expect(markdownToHtml('## Context\n\n* one **two**')).toBe(
      '<h2>Context</h2>\n<ul>\n<li>one <strong>two</strong></li>\n</ul>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', '<img'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['<p style="color:red">x</p>', '<p style'],
    ['<a href="javascript:alert(1)">x</a>', '<a href'],
    ['<form action="https://evil.example"><input></form>', '<form'],
  ])('escapes raw HTML: %s', (source, tag) => {
    const html = markdownToHtml(source);
    expect(html).not.toContain(tag);
    expect(html).toContain('&lt;');
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](file:///etc/passwd)',
    '[x](javascript&#58;alert(1))',
    '[x](//evil.example/path)',
  ])('never links to a script or local scheme: %s', (source) => {
    const html = markdownToHtml(source);
    expect(html).not.toMatch(/href="(?!https?:|mailto:|#)/i);
    expect(html).not.toMatch(/<a [^>]*href="[^"]*(script|data|file):/i);
  });

  it('keeps web links and makes them safe to open', () => {
    expect(markdownToHtml('[MADR](https://adr.github.io/madr/)')).toContain(
      '<a href="https://adr.github.io/madr/" rel="noopener noreferrer">MADR</a>',
    );
    expect(markdownToHtml('[mail](mailto:a@b.example)')).toContain('href="mailto:a@b.example"');
  });

  it('keeps the text of relative links without a target', () => {
    expect(markdownToHtml('[ADR-0003](0003-use-x.md)')).toBe('<p><a>ADR-0003</a></p>\n');
  });

  it('shows remote images as their alt text and keeps data: images', () => {
    expect(markdownToHtml('![tracking pixel](https://evil.example/p.png)')).toBe('<p>tracking pixel</p>\n');
    expect(markdownToHtml('![dot](data:image/png;base64,iVBORw0KGgo=)')).toContain(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">',
    );
  });
});

describe('citations and tables', () => {
  const citation = (key: string) => (key === 'T2' ? { href: '#/entry/T2', title: 'Speed vs Accuracy' } : null);

  it('links a known citation to its entry with the title on hover; unknown keys and no resolver stay as written', () => {
    expect(markdownToHtml('Fast [@t2] and [@XX9].', { citation })).toBe(
      '<p>Fast <a href="#/entry/T2" title="Speed vs Accuracy" class="citation" rel="noopener noreferrer">T2</a> and [@XX9].</p>\n',
    );
    expect(markdownToHtml('Fast [@T2].')).toBe('<p>Fast [@T2].</p>\n');
    expect(markdownToHtml('`[@T2]`', { citation })).toBe('<p><code>[@T2]</code></p>\n');
  });

  it('aligns table columns with classes, never a style attribute', () => {
    const html = markdownToHtml('| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n');
    expect(html).not.toContain('style');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
  });
});
