// Playwright fixtures: each test seeds what it needs straight into this run's PostgreSQL database with Prisma
// (the same generated client as the portal), instead of signing up through the pages and reading the demo
// outbox. `connecter` opens a real session row and hands the browser the same signed cookie next-auth would.
import { randomBytes } from "node:crypto";

import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";

import { chiffrerSecret, cleDeChiffrementTotp } from "@/lib/comptes/domain/chiffrement-secret";
import { hacherMotDePasse } from "@/lib/comptes/domain/mot-de-passe";
import { nouveauSecretTotp } from "@/lib/comptes/domain/totp";
import { creerSession } from "@/lib/comptes/sessions.mutation";
import type { Role } from "@/lib/generated/prisma/client";
import { ouvrirBase, type Base, type Db } from "@/lib/server/database";
import { SECRET_E2E, URL_BASE_E2E, URL_PORTAIL_E2E } from "./environnement";

export { expect } from "@playwright/test";

export interface CompteDeTest {
  id: string;
  role: Role;
  email: string;
  motDePasse: string;
  prenoms: string;
  nom: string;
  /** Agents and admins: the TOTP secret of their (active) second factor, as the authenticator app holds it. */
  secretTotp?: string;
}

const DUREE_SESSION_S = 12 * 3600;

/** A short suffix so that parallel tests never share a name, an address or a code. */
export const unique = () => `${Date.now().toString(36).slice(-5)}${randomBytes(2).toString("hex")}`;

/**
 * A local account with a verified address and a known password (what activation by e-mail would leave); an agent or
 * admin also has an active second factor (its secret encrypted with this run's key, as the portal does), unless
 * `secondFacteur: false` leaves it to enrol at its first sign-in.
 */
export async function creerCompte(
  db: Db,
  role: Role,
  d: { prenoms?: string; nom?: string; email?: string; motDePasse?: string; secondFacteur?: boolean } = {},
): Promise<CompteDeTest> {
  const secretTotp = role !== "citoyen" && d.secondFacteur !== false ? nouveauSecretTotp() : undefined;
  const motDePasse = d.motDePasse ?? `Essai-${randomBytes(6).toString("hex")}-2026`;
  const email = d.email ?? `${role}.${unique()}@exemple.test`;
  const prenoms = d.prenoms ?? "Sacha";
  const nom = d.nom ?? "Essai";
  const compte = await db.compte.create({
    data: {
      role,
      email,
      emailVerifieLe: new Date(),
      motDePasseHash: await hacherMotDePasse(motDePasse),
      prenoms,
      nomUsage: nom,
      ...(secretTotp && {
        totpSecret: chiffrerSecret(secretTotp, cleDeChiffrementTotp(SECRET_E2E)),
        totpActiveLe: new Date(),
      }),
    },
    select: { id: true },
  });
  return { id: compte.id, role, email, motDePasse, prenoms, nom, secretTotp };
}

/**
 * Opens a session for the account and gives its cookie to the browser context: signed in, as after the sign-in page
 * — for an agent or admin, after its second step too (second factor verified), unless `secondFacteur: false` leaves
 * the session waiting for it, as right after the password.
 */
export async function ouvrirSession(
  db: Db,
  contexte: BrowserContext,
  compteId: string,
  { secondFacteur = true }: { secondFacteur?: boolean } = {},
): Promise<void> {
  // The portal's own session writer: the same row a sign-in opens.
  const maintenant = new Date();
  const sid = await creerSession(db, {
    compteId,
    fournisseur: "local",
    maintenant,
    regles: { inactiviteMinutes: 30, dureeMaxHeures: DUREE_SESSION_S / 3600 },
    secondFacteurLe: secondFacteur ? maintenant : undefined,
  });
  const jeton = await encode({ token: { sid }, secret: SECRET_E2E, maxAge: DUREE_SESSION_S });
  await contexte.addCookies([
    { name: "next-auth.session-token", value: jeton, url: URL_PORTAIL_E2E, httpOnly: true, sameSite: "Lax" },
  ]);
}

interface Fixtures {
  /** This run's database (the portal's own), for seeding and for checking what a journey wrote. */
  db: Db;
  /** A new account of this role, signed in in the page's browser context. */
  connecter: (page: Page, role: Role, d?: Parameters<typeof creerCompte>[2]) => Promise<CompteDeTest>;
  /** A new family account (local, address verified), signed in, its space opened once as after signing in. */
  connecterFamille: (page: Page) => Promise<CompteDeTest>;
}

// (Playwright names the last parameter `use`; `fournir` keeps React's hook rules from mistaking it for a hook.)
export const test = base.extend<Fixtures, { base: Base }>({
  base: [
    async ({}, fournir) => {
      const b = await ouvrirBase({ genre: "postgresql", url: URL_BASE_E2E, poolMax: 2 });
      await fournir(b);
      await b.fermer();
    },
    { scope: "worker" },
  ],
  db: async ({ base }, fournir) => fournir(base.prisma),
  connecter: async ({ base }, fournir) =>
    fournir(async (page, role, d) => {
      const compte = await creerCompte(base.prisma, role, d);
      await ouvrirSession(base.prisma, page.context(), compte.id);
      return compte;
    }),
  connecterFamille: async ({ connecter }, fournir) =>
    fournir(async (page) => {
      const compte = await connecter(page, "citoyen");
      await page.goto("/espace");
      return compte;
    }),
});
