// The FranceConnect simulator's HTTP server. Everything lives under the issuer's path (/api/v2): oidc-provider
// serves discovery, /authorize, /token, /userinfo, /jwks, /session/end; the simulator adds FranceConnect's
// parameter checks in front of /authorize and /session/end, its interaction pages and /checktoken.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { errors } from "oidc-provider";

import { creerLogger } from "../../lib/server/logger";
import { chargerPopulation, type Population } from "../population/schema";
import { traiterChecktoken } from "./checktoken";
import { chargerOuCreerCles } from "./cles";
import { chargerClients, lireClients } from "./clients";
import { completerConfiguration, type ConfigurationSimulateurFranceConnect } from "./configuration";
import { controlerAutorisation, controlerDeconnexion } from "./controle-parametres";
import { terminerSessionAuRetour } from "./deconnexion";
import { creerFournisseur, MESSAGE_SESSION_EXPIREE } from "./fournisseur-oidc";
import { CorpsInvalide, envoyerPage, lireFormulaire } from "./http-outils";
import { traiterInteraction, type EtapeInteraction } from "./interactions";
import { pageAccueil, pageErreur } from "./pages/page-erreur";

export interface OptionsSimulateurFranceConnect extends Partial<ConfigurationSimulateurFranceConnect> {
  /** Replaces simulators/population (tests). */
  population?: Population;
  /** Replaces the clients fixture (tests): same shape as clients.json. */
  clients?: unknown;
}

export interface SimulateurFranceConnect {
  /** The issuer, e.g. http://127.0.0.1:4000/api/v2 (discovery at `${url}/.well-known/openid-configuration`). */
  url: string;
  port: number;
  fermer(): Promise<void>;
}

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(persona|identifiant|consentement|annulation))?$/;

/** GET parameters, or a POSTed form handed on to oidc-provider as an already-read body. */
async function parametresDeLaRequete(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  if (req.method !== "POST") return url.searchParams;
  const formulaire = await lireFormulaire(req);
  (req as IncomingMessage & { body?: string }).body = formulaire.toString();
  return formulaire;
}

function erreurParametres(res: ServerResponse, details: string[]): void {
  envoyerPage(
    res,
    400,
    pageErreur({
      message: "La demande envoyée par le service n'est pas conforme à ce qu'accepte FranceConnect.",
      code: "Y030007",
      error: "invalid_request",
      errorDescription: "invalid parameter",
      details,
    }),
  );
}

export async function demarrerSimulateurFranceConnect(
  options: OptionsSimulateurFranceConnect = {},
): Promise<SimulateurFranceConnect> {
  const { population: populationFournie, clients: clientsFournis, ...partielle } = options;
  const config = completerConfiguration(partielle);
  const journal = creerLogger(config.niveauLog).child({ composant: "simulateur-franceconnect" });
  const population = populationFournie ?? chargerPopulation();
  const clients = clientsFournis === undefined ? chargerClients(config.cheminClients) : lireClients(clientsFournis);
  const cles = await chargerOuCreerCles(config.dossierDonnees);

  const serveur = createServer();
  // Clients (the portal, the tests' browser) reuse idle connections: Node's 5 s default let a loaded machine send a
  // request on a socket the server was closing (ECONNRESET). fermer() closes every connection anyway.
  serveur.keepAliveTimeout = 60_000;
  await new Promise<void>((ok, ko) => {
    serveur.once("error", ko);
    serveur.listen(config.port, config.hote, () => ok());
  });
  const { port } = serveur.address() as AddressInfo;
  const issuer = config.issuer ?? `http://${config.hote}:${port}/api/v2`;
  const prefixe = new URL(issuer).pathname.replace(/\/$/, "");

  const fournisseur = creerFournisseur({ issuer, cles, clients, population, config });
  fournisseur.use(terminerSessionAuRetour(fournisseur));
  fournisseur.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && !ctx.body) {
      ctx.type = "html";
      ctx.body = pageErreur({ message: "Cette page n'existe pas.", error: "not_found" });
      ctx.status = 404; // assigning a body sets 200
    }
  });
  // Error codes and descriptions only: no token, no identity in the logs.
  fournisseur.on("server_error", (_ctx, err) => journal.error({ err }, "erreur interne d'oidc-provider"));
  const refus = (evenement: string) => (_ctx: unknown, err: errors.OIDCProviderError) =>
    journal.info({ evenement, error: err.error, description: err.error_description }, "requête refusée");
  fournisseur.on("authorization.error", refus("authorization.error"));
  fournisseur.on("grant.error", refus("grant.error"));
  fournisseur.on("userinfo.error", refus("userinfo.error"));
  fournisseur.on("end_session.error", refus("end_session.error"));
  const rappelOidc = fournisseur.callback();

  async function traiter(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://simulateur.invalid");
    if (url.pathname === "/" && req.method === "GET") return envoyerPage(res, 200, pageAccueil(issuer));
    if (url.pathname !== prefixe && !url.pathname.startsWith(`${prefixe}/`)) {
      return envoyerPage(res, 404, pageErreur({ message: "Cette page n'existe pas.", error: "not_found" }));
    }
    const chemin = url.pathname.slice(prefixe.length) || "/";
    if (chemin === "/checktoken")
      return traiterChecktoken({ fournisseur, issuer, cles, clients, population }, req, res);
    const interaction = INTERACTION.exec(chemin);
    if (interaction?.[1]) {
      const base = { fournisseur, population, prefixe, req, res, profil: config.profil };
      return traiterInteraction(base, interaction[1], interaction[2] as EtapeInteraction | undefined);
    }
    if (chemin === "/authorize" || chemin === "/session/end") {
      const params = await parametresDeLaRequete(req, url);
      const problemes =
        chemin === "/authorize" ? controlerAutorisation(params, config.profil) : controlerDeconnexion(params);
      if (problemes.length > 0) return erreurParametres(res, problemes);
    }
    // oidc-provider computes its URLs from originalUrl minus url: it sees the path without the issuer's prefix.
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
    req.url = `${chemin}${url.search}`;
    await rappelOidc(req, res);
  }

  serveur.on("request", (req: IncomingMessage, res: ServerResponse) => {
    traiter(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof errors.OIDCProviderError) {
        const message =
          e instanceof errors.SessionNotFound ? MESSAGE_SESSION_EXPIREE : "La demande n'a pas pu être traitée.";
        return envoyerPage(
          res,
          e.statusCode,
          pageErreur({ message, error: e.error, errorDescription: e.error_description }),
        );
      }
      if (e instanceof CorpsInvalide) {
        return envoyerPage(
          res,
          400,
          pageErreur({ message: "Formulaire illisible.", error: "invalid_request", errorDescription: e.message }),
        );
      }
      journal.error({ err: e }, "erreur interne du simulateur");
      envoyerPage(res, 500, pageErreur({ message: "Erreur interne du simulateur.", error: "server_error" }));
    });
  });

  return {
    url: issuer,
    port,
    async fermer() {
      serveur.closeAllConnections();
      await new Promise<void>((ok) => serveur.close(() => ok()));
    },
  };
}
