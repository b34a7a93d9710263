// Edits are checked with the schema the host checks them with before they are sent. The schemas, and zod with them,
// come in a chunk of their own, loaded when an editor opens or at the first save: the first screen shows without them.

/** What this needs of a zod schema (the renderer names no zod itself). */
export interface PatchSchema<P> {
  parse(value: unknown): P;
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class PatchCheck<P> {
  readonly #load: () => Promise<PatchSchema<P>>;
  readonly #invalid: string;
  #schema: Promise<PatchSchema<P>> | undefined;

  /** `load` imports the schema (again after a failure); `invalid` is said when the schema names no reason. */
  constructor(load: () => Promise<PatchSchema<P>>, invalid: string) {
    this.#load = load;
    this.#invalid = invalid;
  }

  schema(): Promise<PatchSchema<P>> {
    this.#schema ??= this.#load().catch((e: unknown) => {
      this.#schema = undefined;
      throw e;
    });
    return this.#schema;
  }

  /** Loads the schema ahead of the first check; a failure is told by that check. */
  preload(): void {
    this.schema().catch(() => undefined);
  }

  /** Why edits cannot be sent as they are (kept, and sent once fixed), or null. */
  async problem(patch: P): Promise<string | null> {
    let schema: PatchSchema<P>;
    try {
      schema = await this.schema();
    } catch (e) {
      return `the change could not be checked (${messageOf(e)}); it is kept, and checked again at the next edit`;
    }
    const parsed = schema.safeParse(patch);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? this.#invalid);
  }
}
