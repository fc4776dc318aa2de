// The data authorization verifies the ID token's signature against FranceConnect's published keys, as the sign-in
// does: a token endpoint reached over plain HTTP (the simulator) or tampered with cannot hand over a token signed
// by someone else. A minimal OpenID provider stands in for FranceConnect, so that the signing key can be chosen.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";

import type { DemandeInstantane, ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import { demandeEnCours } from "@/lib/inscriptions/demande.mutation";
import type { Db } from "@/lib/server/database";
import type { Env } from "@/lib/server/env";
import { surLesDeuxBases } from "@/tests/support/bases";
import { collectiviteDeDemo, famille, MAINTENANT } from "@/tests/support/familles";

const contexte = vi.hoisted(() => ({
  env: null as Env | null,
  appels: [] as DemandeInstantane[],
}));
vi.mock("@/lib/server/env", async (importOriginal) => {
  const reel = await importOriginal<typeof import("@/lib/server/env")>();
  return {
    ...reel,
    env: () => {
      if (!contexte.env) throw new Error("environnement de test non prêt");
      return contexte.env;
    },
  };
});
vi.mock("@/lib/fiscal/application", () => ({
  serviceInstantaneFiscal: async () =>
    ({
      async obtenir(_db: Db, demande: DemandeInstantane) {
        contexte.appels.push(demande);
        return {
          statut: "echec" as const,
          annee: 2025,
          raisons: [],
          reprise: "agent" as const,
          correlationId: null,
          appelsAmont: 1,
          reutilise: false,
        };
      },
    }) as unknown as ServiceInstantaneFiscal,
}));
vi.mock("@/lib/server/log", async () => ({ logger: (await import("@/lib/server/logger")).creerLogger("silent") }));

const { demarrerAutorisationDonnees } = await import("./demarrer");
const { recevoirAutorisationDonnees } = await import("./recevoir");
const { VARIABLES_DE_TEST } = await import("@/tests/support/variables-env");
const { lireEnv } = await import("@/lib/server/env");

const CLIENT_ID = VARIABLES_DE_TEST.FRANCECONNECT_CLIENT_ID!;
const RETOUR = "http://localhost:3000/api/franceconnect/donnees/callback";

/** What the next token request answers: an ID token for this sub and nonce, signed with this key. */
const prochain = { sub: "", nonce: "", cle: null as CryptoKey | null };
let issuer = "";
let cleFranceConnect: CryptoKey;
let cleEtrangere: CryptoKey;
const serveur = createServer(async (req, res) => {
  const chemin = new URL(req.url ?? "/", "http://x").pathname;
  const json = (corps: unknown) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(corps));
  if (chemin === "/api/v2/.well-known/openid-configuration")
    return json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      id_token_signing_alg_values_supported: ["ES256"],
      token_endpoint_auth_methods_supported: ["client_secret_post"],
      authorization_response_iss_parameter_supported: true,
    });
  if (chemin === "/api/v2/jwks")
    return json({ keys: [{ ...(await exportJWK(publicKeyFranceConnect)), kid: "fc-1", alg: "ES256", use: "sig" }] });
  if (chemin === "/api/v2/token" && req.method === "POST") {
    const idToken = await new SignJWT({ nonce: prochain.nonce, acr: "eidas1" })
      .setProtectedHeader({ alg: "ES256", kid: "fc-1" })
      .setIssuer(issuer)
      .setAudience(CLIENT_ID)
      .setSubject(prochain.sub)
      .setIssuedAt()
      .setExpirationTime("60s")
      .sign(prochain.cle!);
    return json({ access_token: "jeton-d-acces", token_type: "Bearer", expires_in: 60, id_token: idToken });
  }
  res.writeHead(404).end();
});
let publicKeyFranceConnect: CryptoKey;

beforeAll(async () => {
  const fc = await generateKeyPair("ES256");
  cleFranceConnect = fc.privateKey;
  publicKeyFranceConnect = fc.publicKey;
  cleEtrangere = (await generateKeyPair("ES256")).privateKey;
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  issuer = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}/api/v2`;
  contexte.env = lireEnv({ ...VARIABLES_DE_TEST, FRANCECONNECT_ISSUER: issuer, PORTAIL_URL: "http://localhost:3000" });
});
afterAll(() => new Promise<void>((ok) => serveur.close(() => ok())));
beforeEach(() => {
  contexte.appels = [];
});

surLesDeuxBases("autorisation de données FranceConnect : signature de l'ID token", (base) => {
  let anneeScolaireId: string;
  beforeAll(async () => {
    ({ anneeScolaireId } = await collectiviteDeDemo(base().prisma));
  });

  async function retourSigneAvec(cle: CryptoKey) {
    const db = base().prisma;
    const f = await famille(db);
    const demandeId = await demandeEnCours(db, f.compteId, anneeScolaireId);
    const { flux } = await demarrerAutorisationDonnees(
      db,
      { genre: "titulaire", compteId: f.compteId, demandeId, rang: 1 },
      MAINTENANT,
    );
    const { franceConnectSub } = await db.compte.findUniqueOrThrow({
      where: { id: f.compteId },
      select: { franceConnectSub: true },
    });
    Object.assign(prochain, { sub: franceConnectSub, nonce: flux.nonce, cle });
    const callback = new URL(`${RETOUR}?${new URLSearchParams({ code: "code-1", state: flux.state, iss: issuer })}`);
    return recevoirAutorisationDonnees(db, flux, callback, MAINTENANT);
  }

  it("contrôle : un ID token signé par la clé publiée de FranceConnect est accepté", async () => {
    expect(await retourSigneAvec(cleFranceConnect)).toEqual({ statut: "traitee", issue: "echec" });
    expect(contexte.appels).toHaveLength(1);
  });

  it("un ID token signé par une clé étrangère est refusé : la DGFiP n'est pas appelée", async () => {
    expect(await retourSigneAvec(cleEtrangere)).toEqual({ statut: "invalide", motif: "reponse" });
    expect(contexte.appels).toHaveLength(0);
  });
});
