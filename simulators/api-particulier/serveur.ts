// Le serveur HTTP du simulateur API Particulier : les deux chemins du quotient familial du contrat v3 et `/sante`.
// L'ordre des contrôles et ce que répond chacun sont décrits dans README.md.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

import { VerificateurFranceConnect } from "../dgfip/franceconnect";
import { CompteurPannes } from "../dgfip/pannes";
import { chargerPopulation } from "../population/schema";
import type { ConfigSimulateurApiParticulier } from "./config";
import { CHEMINS, type Modalite } from "./contrat";
import { DebitParJeton } from "./debit";
import { envoyer, ERREURS, repondreErreur, type Sortie } from "./reponses";
import { traiterQuotient, type Etat } from "./ressource";

export interface SimulateurApiParticulier {
  /** Origine, par exemple http://127.0.0.1:4020 (API_PARTICULIER_URL). */
  url: string;
  fermer(): Promise<void>;
}

const MODALITES = new Map<string, Modalite>(Object.entries(CHEMINS).map(([m, c]) => [c, m as Modalite]));

export async function demarrerSimulateurApiParticulier(
  config: ConfigSimulateurApiParticulier,
): Promise<SimulateurApiParticulier> {
  const etat: Etat = {
    config,
    population: config.population ?? chargerPopulation(),
    debit: new DebitParJeton(config.debitParSeconde, () => config.maintenant().getTime()),
    pannes: new CompteurPannes(),
    franceConnect: config.franceConnect ? new VerificateurFranceConnect(config.franceConnect) : null,
    cache: new Map(),
    suspendues: new Set(),
  };

  async function traiter(req: IncomingMessage, res: ServerResponse) {
    const chemin = new URL(req.url ?? "/", "http://simulateur").pathname;
    const s: Sortie = { res, operationId: null, observer: config.surReponse };
    if (chemin === "/sante" && req.method === "GET") return envoyer(s, 200, { statut: "ok" });
    const modalite = MODALITES.get(chemin);
    if (modalite && req.method === "GET") return traiterQuotient(etat, req, s, modalite);
    repondreErreur(s, ERREURS.routeInconnue);
  }

  const serveur = createServer((req, res) => {
    void traiter(req, res).catch(() => {
      if (!res.headersSent) repondreErreur({ res, operationId: null }, ERREURS.interne);
    });
  });
  // Les sockets inactives survivent au délai d'inactivité des clients (undici : 4 s) : pas d'ECONNRESET.
  serveur.keepAliveTimeout = 65_000;
  serveur.headersTimeout = 66_000;
  const sockets = new Set<Socket>();
  serveur.on("connection", (c) => {
    sockets.add(c);
    c.on("close", () => sockets.delete(c));
  });
  await new Promise<void>((ok, ko) => {
    serveur.once("error", ko);
    serveur.listen(config.port, config.hote, () => ok());
  });
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://${config.hote}:${port}`,
    async fermer() {
      for (const t of etat.suspendues) clearTimeout(t);
      for (const c of sockets) c.destroy();
      await new Promise<void>((ok) => serveur.close(() => ok()));
    },
  };
}
