// Renderer entry: asks the host for the Decisions list's first screen, and fetches the code of a screen a deep link
// opens, while the rest of the app's code loads and runs (a third of a second and more on a slow machine); then starts
// the app with that answer under way. Only the API client comes with this script, so both go out at once.
import { parseHash } from './lib/routes.ts';
import { createApi } from './lib/api/client.ts';
import { firstScreenRows } from './lib/decisions/first-screen.ts';
import { loadDecisionsScreen } from './lib/screen-loaders.ts';
import './styles/app.css';
import './styles/charts.css';
import './styles/print.css';

const api = createApi();
// Every screen reads the list at start (the palette and the search box find decisions too), so it is asked for here.
const firstScreen = api.decisionChanges(null, { first: firstScreenRows });
// Taken by the list once the app runs; until then a failure must not be reported as unhandled (the list shows it).
firstScreen.catch(() => undefined);
if (parseHash(location.hash).section === 'decisions') void loadDecisionsScreen();
const { startApp } = await import('./start-app.ts');
await startApp(api, firstScreen);
