// Splitting a record file for the preview.
import { describe, expect, it } from 'vitest';
import { filePreview } from './file-preview.ts';

describe('filePreview', () => {
  it('splits YAML front matter from the body', () => {
    expect(filePreview('---\nstatus: accepted\ndate: 2024-05-01\n---\n# Use Kafka\n')).toEqual({
      frontMatter: 'status: accepted\ndate: 2024-05-01',
      body: '# Use Kafka\n',
    });
  });

  it('leaves a file without front matter whole, and a rule later in the file alone', () => {
    const text = '# 1. Record decisions\n\n---\n\nDate: 2017-06-30\n';
    expect(filePreview(text)).toEqual({ frontMatter: null, body: text });
  });
});
