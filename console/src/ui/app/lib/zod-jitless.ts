// Imported first by main.tsx, before any schema exists: zod probes `new Function` when a schema
// is created unless told not to, and the console's CSP forbids eval (the probe alone would be
// reported as a violation). Interpreted parsing is plenty fast for forms.
import { config } from 'zod';

config({ jitless: true });
