// `npm start`: build when the sources changed, then serve app + BFF on http://$HOST:$PORT.
import { buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();
await import('../dist/server/main.js');
