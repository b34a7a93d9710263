// Writes front matter values in the style the file already uses (plain, quoted, flow or block list).
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatterValue, ScalarStyle } from './front-matter.ts';
import type { Eol } from './source-text.ts';

/** True when `value` reads back as the same string written bare after "key: ". */
function plainSafe(value: string): boolean {
  if (value === '' || /[\r\n]/.test(value) || value !== value.trim()) return false;
  const doc = parseDocument(`k: ${value}`, { schema: 'core' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  const node = doc.contents.items[0]?.value;
  return isScalar(node) && node.type === 'PLAIN' && node.value === value;
}

/** JSON's string syntax is valid YAML double-quoted syntax. */
const doubleQuoted = (value: string) => JSON.stringify(value);

export function yamlScalar(value: string, style: ScalarStyle): string {
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE' && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return plainSafe(value) ? value : doubleQuoted(value);
}

function flowItem(value: string): string {
  return /^[\w@.\-/ ]+$/.test(value) && value === value.trim() && plainSafe(value) ? value : doubleQuoted(value);
}

export function flowList(values: readonly string[]): string {
  return `[${values.map(flowItem).join(', ')}]`;
}

/**
 * A list written in the value's own shape: a flow list stays `[a, b]`, a block list stays one `- item` per line
 * at its column, and a single string stays a comma-separated string (how MADR's template writes decision-makers).
 */
export function yamlListLike(value: FrontMatterValue, values: readonly string[], eol: Eol): string {
  if (value.kind === 'seq' && value.flow) return flowList(values);
  if (value.kind === 'seq' && values.length > 0) {
    const indent = ' '.repeat(value.column);
    return values.map((v) => `- ${yamlScalar(v, 'PLAIN')}`).join(eol + indent);
  }
  if (value.kind === 'scalar' && values.every((v) => !v.includes(',')))
    return yamlScalar(values.join(', '), value.style);
  return flowList(values);
}

/** A list under a new key: comma-separated like MADR's template unless an entry holds a comma. */
export function yamlNewList(values: readonly string[]): string {
  return values.every((v) => !v.includes(',')) ? yamlScalar(values.join(', '), 'PLAIN') : flowList(values);
}
