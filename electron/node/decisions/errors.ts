// Typed errors of the decision service, with messages written for the person using the app.
import type { z } from 'zod';

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** The request collides with what the workspace already holds. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export interface FieldIssue {
  /** Dotted path of the field, e.g. "options.0.title"; empty for the record as a whole. */
  field: string;
  message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }

  /** One readable sentence per schema issue, prefixed with what was being checked. */
  static fromZod(what: string, error: z.ZodError): ValidationError {
    const issues = error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    const text = issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
    return new ValidationError(`${what} is not valid — ${text}.`, issues);
  }
}
