// Statuses as the ADR tools print them.

/** Status as adr-tools prints a known word ("Accepted"); any other text is printed as written. */
export function statusWord(status: string | null): string {
  if (status === null) return '';
  return /^[a-z]+$/.test(status) ? status.charAt(0).toUpperCase() + status.slice(1) : status;
}
