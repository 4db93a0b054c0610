import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Hono } from "hono";
import type { EmulatorEnv } from "../http/env";
import { mountedResources } from "../http/resource";
import type { OpenApiDocument } from "../openapi/openapi-document";
import { buildOpenApiDocument } from "../openapi/openapi-document";

// swagger-ui-dist's own files, served from node_modules: the reference page needs no network.
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Stamps API (emulator) reference</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
    <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png" />
  </head>
  <body>
    <div id="reference"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/swagger-ui-standalone-preset.js"></script>
    <script>
      window.ui = SwaggerUIBundle({
        url: "/api/openapi.json",
        dom_id: "#reference",
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout",
        deepLinking: true,
      });
    </script>
  </body>
</html>
`;

/** GET /api/openapi.json and the reference page at /api/docs/, both without a token. Mount after every API route. */
export function mountOpenApiRoutes(app: Hono<EmulatorEnv>): void {
  let document: OpenApiDocument | undefined;
  const distDir = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

  app.get("/api/openapi.json", (c) => c.json((document ??= buildOpenApiDocument(mountedResources(app)))));
  app.get("/api/docs", (c) => c.redirect("/api/docs/", 301));
  app.get("/api/docs/", (c) => c.html(PAGE));
  app.get("/api/docs/:file", (c) => {
    const file = c.req.param("file");
    const type = ASSETS[file];
    if (type === undefined) return c.json({ detail: "Not found." }, 404);
    return c.body(readFileSync(path.join(distDir, file)), 200, {
      "Content-Type": type,
      "Cache-Control": "public, max-age=3600",
    });
  });
}
