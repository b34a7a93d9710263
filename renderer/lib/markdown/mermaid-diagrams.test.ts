import { describe, expect, it } from 'vitest';
import { hasMermaid } from './mermaid-diagrams.ts';

describe('hasMermaid', () => {
  it('finds a fenced mermaid block, backticks or tildes, indented up to three spaces', () => {
    expect(hasMermaid('# T\n\n```mermaid\ngraph TD; A-->B\n```\n')).toBe(true);
    expect(hasMermaid('~~~ mermaid\ngraph TD\n~~~')).toBe(true);
    expect(hasMermaid('   ````mermaid title\nx\n````')).toBe(true);
  });

  it('does not load mermaid for other blocks, indented code or prose naming it', () => {
    expect(hasMermaid('```mermaidx\n```')).toBe(false);
    expect(hasMermaid('```js\nmermaid\n```')).toBe(false);
    expect(hasMermaid('    ```mermaid\n')).toBe(false);
    expect(hasMermaid('We could draw this with mermaid.')).toBe(false);
  });
});
