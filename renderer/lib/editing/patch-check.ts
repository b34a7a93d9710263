// Edits are checked with the schema the host checks them with before they are sent. The schemas, and zod with them,
// come in a chunk of their own at the first save: the first screen shows without them.

/** What this needs of a zod schema (the renderer names no zod itself). */
export interface PatchSchema<P> {
  parse(value: unknown): P;
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

export class PatchCheck<P> {
  readonly #load: () => Promise<PatchSchema<P>>;
  readonly #invalid: string;
  #schema: Promise<PatchSchema<P>> | undefined;

  /** `load` imports the schema, once, at the first check; `invalid` is said when the schema names no reason. */
  constructor(load: () => Promise<PatchSchema<P>>, invalid: string) {
    this.#load = load;
    this.#invalid = invalid;
  }

  schema(): Promise<PatchSchema<P>> {
    return (this.#schema ??= this.#load());
  }

  /** Why edits cannot be sent as they are (kept, and sent once fixed), or null. */
  async problem(patch: P): Promise<string | null> {
    const parsed = (await this.schema()).safeParse(patch);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? this.#invalid);
  }
}
