// The portal's HTTP server: Next.js (the production build, or the development server with `--dev`) behind a plain
// Node server that writes the TCP peer's address in a header of every request (Next.js does not expose the peer, and
// the client's address for rate limits must not come from headers a client can write: lib/server/requete.ts), and
// drops X-Forwarded-Proto/Host/Port unless the peer is a trusted proxy (HSTS, secure URLs).
import { createServer } from "node:http";
import path from "node:path";

import next from "next";

import { lireProxysDeConfiance } from "../lib/securite/domain/adresse-client";
import { entetesTransmis } from "../lib/securite/domain/entetes-transmis";

const racine = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

// Validated with the rest of the configuration by scripts/start.ts before this process starts.
const proxys = lireProxysDeConfiance(process.env.PROXYS_DE_CONFIANCE ?? "");
const app = next({ dev, dir: racine, port });
await app.prepare();
const traiter = app.getRequestHandler();
const serveur = createServer((req, res) => {
  entetesTransmis(req.headers, req.socket.remoteAddress, proxys);
  void traiter(req, res);
});
serveur.listen(port, () => console.log(`Portail à l'écoute sur le port ${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    serveur.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  });
