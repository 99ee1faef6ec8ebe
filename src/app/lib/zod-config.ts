import { z } from 'zod/mini';

// The page's CSP forbids eval, so zod's compiled fast path can never run in the browser. Saying
// so up front skips zod's `new Function` probe, which a strict CSP reports as a violation even
// though zod catches it, and keeps the bench page (no CSP) validating as the app does.
z.config({ jitless: true });
