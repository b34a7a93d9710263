// Types for the slice of js-yaml 3 (installed with gray-matter, pure JS, no @types package) that front matter uses.
declare module 'js-yaml' {
  export interface Schema { readonly __schema: unique symbol }
  export const CORE_SCHEMA: Schema;
  export function safeLoad(source: string, options?: { schema?: Schema; filename?: string }): unknown;
  export function safeDump(
    value: unknown,
    options?: { schema?: Schema; lineWidth?: number; noRefs?: boolean; sortKeys?: boolean },
  ): string;
  const jsYaml: { CORE_SCHEMA: Schema; safeLoad: typeof safeLoad; safeDump: typeof safeDump };
  export default jsYaml;
}
