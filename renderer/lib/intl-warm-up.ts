// A worker the entry script starts: it formats a date once and ends. The first date format of a process loads ICU's
// locale data (50 to 150 ms of a busy machine), which the page's threads share, so the list's dates then cost the main
// thread nothing for it.
import { localDate } from '../../electron/common/format.ts';

localDate('2026-01-01');
self.close();
