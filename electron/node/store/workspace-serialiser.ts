// Serialises the workspace reusing each unchanged decision's JSON, so saving one edit among thousands stays cheap.
import type { Decision } from '../../common/decision.ts';

const json = new WeakMap<Decision, string>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** JSON of one record, cached by identity. The record is frozen once cached, so a cache entry can never go stale. */
function decisionJson(d: Decision): string {
  let text = json.get(d);
  if (text === undefined) {
    text = JSON.stringify(deepFreeze(d));
    json.set(d, text);
  }
  return text;
}

/** Exactly JSON.stringify(doc) for a plain object whose `decisions` is an array of records. */
export function serialiseWithDecisions(doc: { decisions: Decision[] } & Record<string, unknown>): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'decisions') fields.push(`"decisions":[${doc.decisions.map(decisionJson).join(',')}]`);
    else if (value !== undefined && typeof value !== 'function')
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  return `{${fields.join(',')}}`;
}
