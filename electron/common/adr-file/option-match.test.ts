import { describe, expect, it } from 'vitest';
import { matchOption, optionKey } from './option-match.ts';

describe('optionKey', () => {
  it('reduces an option to its words', () => {
    expect(optionKey('[MADR](https://adr.github.io/madr/) 4.0.0 – The Markdown ADRs')).toBe(
      'madr 4.0.0 – the markdown adrs',
    );
    expect(optionKey('Wrap string constants in `#`')).toBe('wrap string constants in #');
    expect(optionKey('"Optimistic offline lock" with hashes\n* nested')).toBe('optimistic offline lock with hashes');
  });
});

describe('matchOption', () => {
  const options = [
    '[MADR](https://adr.github.io/madr/) 4.0.0 – The Markdown Architectural Decision Records',
    "[Michael Nygard's template](http://x.org) – The first incarnation",
    'Use JSON format',
    'Use JSON format with a schema',
  ];

  it('finds an option written with links and a trailing description', () => {
    expect(matchOption('MADR 4.0.0', options)).toBe(0);
    expect(matchOption("Michael Nygard's template", options)).toBe(1);
  });

  it('prefers the exact option, else the longest one a chosen line starts with', () => {
    expect(matchOption('Use JSON format', options)).toBe(2);
    expect(matchOption('"Use JSON format" with Jackson', options)).toBe(2);
  });

  it('matches nothing rather than guessing', () => {
    expect(matchOption('Migrate to Picocli', ['Picocli', 'JCommander'])).toBeNull();
    expect(matchOption('', options)).toBeNull();
  });
});
