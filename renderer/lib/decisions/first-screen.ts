// How much of the Decisions list a page asks for first: its entry script (renderer/main.ts) asks before the app's
// code has loaded, and the list takes that answer when it first loads (DecisionRows).

/** Rows in a page's first answer: more than a tall screen shows, a fraction of a large folder. */
export const firstScreenRows = 100;
