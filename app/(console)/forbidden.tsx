import { ForbiddenNotice } from "@/components/console/forbidden-notice";

/** What `forbidden()` (server/auth/require-area) shows, with HTTP 403, inside the console's frame. */
export default function ConsoleForbidden() {
  return <ForbiddenNotice />;
}
