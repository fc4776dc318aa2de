import { randomUUID } from "node:crypto";

import { expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { creerAdministrateur } from "./administrateur.mutation";
import { connexionLocale } from "./connexion-locale.mutation";
import { reinitialiserParJeton } from "./reinitialisation.mutation";

const URL_PORTAIL = "https://portail.exemple.test";
const t0 = new Date("2026-11-23T08:00:00Z");

surLesDeuxBases("premier administrateur (npm run admin:creer)", (base) => {
  it("crée un administrateur sans mot de passe et un lien à usage unique pour en choisir un", async () => {
    const db = base().prisma;
    const email = `admin.${randomUUID()}@commune.test`;
    const { compteId, lien } = await creerAdministrateur(db, ` ${email.toUpperCase()} `, URL_PORTAIL, t0);
    const compte = await db.compte.findUniqueOrThrow({ where: { id: compteId } });
    expect(compte).toMatchObject({ role: "admin", email, motDePasseHash: null, emailVerifieLe: null });
    expect(await db.courrielSortant.count({ where: { destinataire: email } })).toBe(0);
    expect(await db.journalAudit.findMany({ where: { cibleId: compteId } })).toMatchObject([
      { acteurId: compteId, acteurRole: "admin", action: "compte.admin_cree_par_commande" },
    ]);
    expect(await connexionLocale(db, email, "", "127.0.0.1")).toMatchObject({ ok: false, raison: "identifiants" });

    expect(lien).toMatch(new RegExp(`^${URL_PORTAIL}/reinitialiser\\?jeton=[\\w-]{40,}$`));
    const jeton = new URL(lien).searchParams.get("jeton")!;
    await expect(reinitialiserParJeton(db, jeton, "court", t0)).rejects.toThrow();
    await reinitialiserParJeton(db, jeton, "Administrer-Le-Portail-2026", t0);
    expect(await connexionLocale(db, email, "Administrer-Le-Portail-2026", "127.0.0.1")).toMatchObject({
      ok: true,
      compteId,
      role: "admin",
    });
    await expect(reinitialiserParJeton(db, jeton, "Un-Autre-Mot-De-Passe-2026", t0)).rejects.toThrow(/plus valable/);
  });

  it("refuse une adresse qui a déjà un compte, sans rien changer", async () => {
    const db = base().prisma;
    const email = `famille.${randomUUID()}@exemple.test`;
    const c = await db.compte.create({ data: { email, role: "citoyen" } });
    await expect(creerAdministrateur(db, email, URL_PORTAIL, t0)).rejects.toThrow(/existe déjà/);
    expect((await db.compte.findUniqueOrThrow({ where: { id: c.id } })).role).toBe("citoyen");
    await expect(creerAdministrateur(db, "pas-une-adresse", URL_PORTAIL, t0)).rejects.toThrow(/invalide/);
  });
});
