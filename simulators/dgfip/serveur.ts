// The DGFiP simulator's HTTP server: `/token` (gateway, client credentials) and the IR assiettes resources of the
// contract under `/impotparticulier/1.0`, routed and validated from the OpenAPI document itself (openapi-backend).
// The order of the checks, and what each answers, is documented in README.md.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

import { chargerPopulation } from "../population/schema";
import type { ConfigSimulateurDgfip } from "./config";
import { chargerContrat, CONTRAT, RACINE_API, type Contrat } from "./contrat";
import { VerificateurFranceConnect } from "./franceconnect";
import { EmetteurJetons } from "./jetons-passerelle";
import { CompteurPannes } from "./pannes";
import { QuotaParMinute } from "./quota";
import { envoyerJson, repondreErreur, repondreErreurNonDgfip, type Sortie } from "./reponses";
import { traiterRessource, type Etat } from "./ressource";

export interface SimulateurDgfip {
  /** Origin, e.g. http://127.0.0.1:4010. */
  url: string;
  /** Base of the API (DGFIP_API_URL). */
  urlApi: string;
  /** Gateway token endpoint (DGFIP_TOKEN_URL). */
  urlJeton: string;
  fermer(): Promise<void>;
}

const TAILLE_MAX_FORMULAIRE = 10_000;

async function lireCorps(req: IncomingMessage): Promise<string | null> {
  let taille = 0;
  const morceaux: Buffer[] = [];
  for await (const m of req) {
    taille += (m as Buffer).length;
    if (taille > TAILLE_MAX_FORMULAIRE) return null;
    morceaux.push(m as Buffer);
  }
  return Buffer.concat(morceaux).toString("utf8");
}

async function jeton(req: IncomingMessage, s: Sortie, emetteur: EmetteurJetons) {
  const corps = await lireCorps(req);
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim();
  if (corps === null || type !== "application/x-www-form-urlencoded") {
    envoyerJson(s, 400, {
      error: "invalid_request",
      error_description: "Corps application/x-www-form-urlencoded attendu",
    });
    return;
  }
  const r = emetteur.emettre(req.headers.authorization, new URLSearchParams(corps));
  envoyerJson(
    s,
    r.statut,
    r.corps,
    "application/json",
    r.statut === 401 ? { "WWW-Authenticate": 'Basic realm="token"' } : {},
  );
}

export async function demarrerSimulateurDgfip(config: ConfigSimulateurDgfip): Promise<SimulateurDgfip> {
  const contrat: Contrat = await chargerContrat(CONTRAT);
  const maintenantMs = () => config.maintenant().getTime();
  const etat: Etat = {
    config,
    contrat,
    population: config.population ?? chargerPopulation(),
    emetteur: new EmetteurJetons(config.clients, config.dureeJetonSecondes, maintenantMs),
    quota: new QuotaParMinute(config.quotaParMinute, maintenantMs),
    pannes: new CompteurPannes(),
    franceConnect: config.franceConnect ? new VerificateurFranceConnect(config.franceConnect) : null,
    suspendues: new Set(),
  };

  const serveur = createServer((req, res) => {
    void traiter(req, res).catch(() => {
      if (!res.headersSent)
        repondreErreur({ res, operationId: null, correlationId: null }, [500, "5000", "Erreur technique"]);
    });
  });

  async function traiter(req: IncomingMessage, res: ServerResponse) {
    const chemin = new URL(req.url ?? "/", "http://simulateur").pathname;
    const s: Sortie = { res, operationId: null, correlationId: null, observer: config.surReponse };
    if (chemin === "/token" && req.method === "POST") return jeton(req, s, etat.emetteur);
    if (chemin === "/sante" && req.method === "GET") return envoyerJson(s, 200, { statut: "ok" });
    if (chemin.startsWith(`${RACINE_API}/`)) return traiterRessource(etat, req, s, chemin);
    repondreErreurNonDgfip(s, 404, "autre-json");
  }

  // Idle keep-alive sockets outlive the HTTP clients' own idle timeout (undici: 4 s), so a client never reuses a
  // socket the server is closing at that very moment (ECONNRESET).
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
  const url = `http://${config.hote}:${port}`;
  return {
    url,
    urlApi: `${url}${RACINE_API}`,
    urlJeton: `${url}/token`,
    async fermer() {
      for (const t of etat.suspendues) clearTimeout(t);
      for (const c of sockets) c.destroy();
      await new Promise<void>((ok) => serveur.close(() => ok()));
    },
  };
}
