// JSON text made a slice at a time, the host answering other requests between slices: the whole list of 20,000
// records is 8 MB of JSON, which JSON.stringify makes in one piece while every other request waits (a new page's
// scripts and first answer among them).
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Items of a long array serialized between two turns of the event loop. */
const itemsPerSlice = 1000;

/** The same text as JSON.stringify(value), long arrays a slice at a time. */
export async function jsonInSlices(value: unknown): Promise<string> {
  if (Array.isArray(value) && value.length > itemsPerSlice) {
    const slices: string[] = [];
    for (let i = 0; i < value.length; i += itemsPerSlice) {
      // JSON.stringify writes null for an item it cannot write (undefined, a function).
      slices.push(
        value
          .slice(i, i + itemsPerSlice)
          .map((item: unknown) => JSON.stringify(item) ?? 'null')
          .join(','),
      );
      await nextTurn();
    }
    return `[${slices.join(',')}]`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value)
    return JSON.stringify(value);
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = await jsonInSlices(member);
    // A member JSON.stringify leaves out (undefined, a function) is left out here too.
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
