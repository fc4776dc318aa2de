import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { lireUserinfoSignee } from "./userinfo";

// A minimal provider: its JWKS publishes key A; the userinfo answer is whatever the test sets.
let serveur: Server;
let base: string;
let cleA: CryptoKey;
let cleB: CryptoKey;
let jwkPubliqueA: Record<string, unknown>;
let reponse: { type: string; corps: string; statut?: number } = { type: "application/jwt", corps: "" };

beforeAll(async () => {
  const paireA = await generateKeyPair("ES256", { extractable: true });
  cleA = paireA.privateKey;
  jwkPubliqueA = { ...(await exportJWK(paireA.publicKey)), kid: "a", alg: "ES256", use: "sig" };
  ({ privateKey: cleB } = await generateKeyPair("ES256"));
  serveur = createServer((req, res) => {
    if (req.url === "/jwks") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwkPubliqueA] }));
      return;
    }
    res.statusCode = reponse.statut ?? 200;
    res.setHeader("content-type", reponse.type);
    res.end(reponse.corps);
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((ok) => serveur.close(() => ok())));

const signer = (cle: CryptoKey, charge: Record<string, unknown>, kid = "a") =>
  new SignJWT(charge).setProtectedHeader({ alg: "ES256", kid }).setIssuedAt().setExpirationTime("1m").sign(cle);

const appel = (sub = "sub-1") =>
  lireUserinfoSignee({
    userinfoEndpoint: `${base}/userinfo`,
    jwksUri: `${base}/jwks`,
    issuer: "http://fc.test/api/v2",
    clientId: "portail",
    accessToken: "at",
    subAttendu: sub,
  });

const charge = { iss: "http://fc.test/api/v2", aud: "portail", sub: "sub-1", given_name: "Marianne" };

describe("userinfo FranceConnect signée", () => {
  it("accepte un JWT signé par la clé publiée, émis pour le portail", async () => {
    reponse = { type: "application/jwt", corps: await signer(cleA, charge) };
    expect(await appel()).toMatchObject({ sub: "sub-1", given_name: "Marianne" });
  });

  it("refuse un JWT dont la signature ne vient pas de la clé publiée", async () => {
    reponse = { type: "application/jwt", corps: await signer(cleB, charge) };
    await expect(appel()).rejects.toThrow(/userinfo FranceConnect refusé/);
  });

  it("refuse un JWT émis pour un autre client ou par un autre émetteur", async () => {
    reponse = { type: "application/jwt", corps: await signer(cleA, { ...charge, aud: "autre" }) };
    await expect(appel()).rejects.toThrow(/aud/);
    reponse = { type: "application/jwt", corps: await signer(cleA, { ...charge, iss: "http://pirate.test" }) };
    await expect(appel()).rejects.toThrow(/iss/);
  });

  it("refuse un sub différent de celui de l'ID token", async () => {
    reponse = { type: "application/jwt", corps: await signer(cleA, charge) };
    await expect(appel("un-autre-sub")).rejects.toThrow(/sub différent/);
  });

  it("refuse une réponse JSON non signée, même cohérente", async () => {
    reponse = { type: "application/json", corps: JSON.stringify(charge) };
    await expect(appel()).rejects.toThrow(/type de contenu/);
  });

  it("refuse un JWT non signé (alg none)", async () => {
    const entete = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const corps = Buffer.from(JSON.stringify(charge)).toString("base64url");
    reponse = { type: "application/jwt", corps: `${entete}.${corps}.` };
    await expect(appel()).rejects.toThrow(/userinfo FranceConnect refusé/);
  });
});
