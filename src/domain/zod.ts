/**
 * The app's zod, configured before any schema is built. By default zod compiles object parsers
 * with `new Function` (and probes for it when the first object schema is created); the built app's
 * Content-Security-Policy forbids eval, so even the probe would be a violation. Every schema in
 * src/ imports `z` from here, which guarantees this runs first whatever the module order.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
