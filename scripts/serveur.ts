// The portal's HTTP server: Next.js (the production build, or the development server with `--dev`) behind a plain
// Node server that writes the TCP peer's address in a header of every request. Next.js does not expose the peer, and
// the client's address for rate limits must not come from headers a client can write (lib/server/requete.ts).
import { createServer } from "node:http";
import path from "node:path";

import next from "next";

import { ENTETE_PAIR } from "../lib/securite/domain/adresse-client";

const racine = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const app = next({ dev, dir: racine, port });
await app.prepare();
const traiter = app.getRequestHandler();
const serveur = createServer((req, res) => {
  // Always replaced: a value sent by the client is never kept.
  req.headers[ENTETE_PAIR] = req.socket.remoteAddress ?? "";
  void traiter(req, res);
});
serveur.listen(port, () => console.log(`Portail à l'écoute sur le port ${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    serveur.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  });
