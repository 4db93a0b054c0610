import { z } from "zod";

// In the browser zod would compile fast object parsers with `new Function`, which the Content-Security-Policy
// forbids (even its probe is reported as a violation). Interpreted parsing is fast enough for forms. Every schema
// that reaches the browser imports zod from here, so this runs before the first z.object() is built.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
