// Which input a record's date gets: the browser's date picker (the user's locale on screen, ISO in the value) when
// the file's text is an ISO day or nothing; a text field otherwise, so "June 2019" is kept byte for byte.
import { isoDate } from '../../../electron/common/decision-schema.ts';

export type DateInputKind = 'date' | 'text';

/** `chosePicker`: the user asked to replace a date written another way with a picked one. */
export function dateInputKind(value: string | null, chosePicker = false): DateInputKind {
  if (chosePicker || value === null || value === '') return 'date';
  return isoDate.safeParse(value).success ? 'date' : 'text';
}
