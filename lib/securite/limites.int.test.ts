import { randomUUID } from "node:crypto";

import { expect, it } from "vitest";

import { ErreurMetier } from "@/lib/server/erreurs";
import { surLesDeuxBases } from "@/tests/support/bases";
import { consommerLimite, effacerLimite, exigerLimites } from "./limites.mutation";

const limite = { max: 3, fenetreSecondes: 900 };

surLesDeuxBases("limites de débit en base", (base) => {
  it("accorde max essais par fenêtre puis refuse en disant combien attendre", async () => {
    const db = base().prisma;
    const cle = `essai:${randomUUID()}`;
    const r = [];
    for (let i = 0; i < 4; i++) r.push(await consommerLimite(db, cle, limite));
    expect(r.slice(0, 3)).toEqual(Array(3).fill({ accorde: true }));
    expect(r[3]).toMatchObject({ accorde: false });
    const attente = r[3]!.accorde ? 0 : r[3]!.attenteSecondes;
    expect(attente).toBeGreaterThan(0);
    expect(attente).toBeLessThanOrEqual(900);
    // Another key is not affected.
    expect(await consommerLimite(db, `essai:${randomUUID()}`, limite)).toEqual({ accorde: true });
  });

  it("une fenêtre écoulée repart de zéro ; effacer une clé la libère", async () => {
    const db = base().prisma;
    const cle = `essai:${randomUUID()}`;
    for (let i = 0; i < 4; i++) await consommerLimite(db, cle, limite);
    await db.limiteDebit.update({ where: { cle }, data: { debut: new Date(Date.now() - 901_000) } });
    expect(await consommerLimite(db, cle, limite)).toEqual({ accorde: true });
    for (let i = 0; i < 3; i++) await consommerLimite(db, cle, limite);
    await effacerLimite(db, cle);
    expect(await consommerLimite(db, cle, limite)).toEqual({ accorde: true });
  });

  it("une action limitée reçoit une erreur en français qui dit combien attendre ; la limite la plus longue l'emporte", async () => {
    const db = base().prisma;
    const compte = `essai:${randomUUID()}`;
    const source = `essai:${randomUUID()}`;
    const essais: [string, typeof limite][] = [
      [compte, { max: 1, fenetreSecondes: 3600 }],
      [source, { max: 1, fenetreSecondes: 600 }],
    ];
    await exigerLimites(db, essais, "dépôts de pièces");
    const e = await exigerLimites(db, essais, "dépôts de pièces").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ErreurMetier);
    expect((e as ErreurMetier).message).toBe(
      "Trop de dépôts de pièces depuis cette connexion ou ce compte : réessayez dans 60 minutes.",
    );
  });

  it("des essais simultanés n'en accordent jamais plus que max (compteur atomique)", async () => {
    const db = base().prisma;
    const cle = `essai:${randomUUID()}`;
    const r = await Promise.all(Array.from({ length: 12 }, () => consommerLimite(db, cle, { ...limite, max: 5 })));
    expect(r.filter((x) => x.accorde)).toHaveLength(5);
  });
});
