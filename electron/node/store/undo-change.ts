// Undoes one change to a document and keeps every change made since: how a failed transaction rolls back.

type Fields = Record<string, unknown>;

/**
 * The document's top level with its lists and records copied one level deep. Enough to see a change because stored
 * records are replaced, never changed in place (the workspace serialiser freezes them).
 */
export function shallowCopy(doc: object): Fields {
  return Object.fromEntries(Object.entries(doc).map(([key, value]) => [key, copyLevel(value)]));
}

/** Reverts in `doc` what turned `before` into `after`, wherever nothing has changed it again since. */
export function undoChange(doc: object, before: Fields, after: Fields): void {
  const target = doc as Fields;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, became, now] = [before[key], after[key], target[key]];
    if (Array.isArray(was) && Array.isArray(became) && Array.isArray(now)) target[key] = undoInList(now, was, became);
    else if (isRecord(was) && isRecord(became) && isRecord(now)) target[key] = undoInRecord(now, was, became);
    else undoField(target, key, before, after);
  }
}

function copyLevel(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  return isRecord(value) ? { ...value } : value;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Puts back the value `key` had before the change, if the change set it and nothing has set it since. */
function undoField(target: Fields, key: string, before: Fields, after: Fields): void {
  if (target[key] !== after[key] || before[key] === after[key]) return;
  if (key in before) target[key] = before[key];
  else delete target[key];
}

function undoInRecord(now: Fields, was: Fields, became: Fields): Fields {
  const out = { ...now };
  for (const key of new Set([...Object.keys(was), ...Object.keys(became)])) undoField(out, key, was, became);
  return out;
}

/** Records are matched by id, anything else by identity. */
const identity = (item: unknown): unknown => (isRecord(item) && typeof item.id === 'string' ? item.id : item);

function undoInList(now: readonly unknown[], was: readonly unknown[], became: readonly unknown[]): unknown[] {
  const before = new Map(was.map((item) => [identity(item), item]));
  const after = new Map(became.map((item) => [identity(item), item]));
  const out: unknown[] = [];
  for (const item of now) {
    const id = identity(item);
    // Whatever the change did not leave as it is now was changed since, and stays.
    if (after.get(id) !== item) out.push(item);
    else if (before.has(id)) out.push(before.get(id));
  }
  // What the change removed goes back where it was, unless something since has put it back already.
  const present = new Set(out.map(identity));
  was.forEach((item, index) => {
    const id = identity(item);
    if (!after.has(id) && !present.has(id)) out.splice(Math.min(index, out.length), 0, item);
  });
  return out;
}
