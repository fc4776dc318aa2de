import { expect, it } from "vitest";

import { verifierMotDePasse } from "@/lib/comptes/domain/mot-de-passe";
import { COMPTES_DEMO, semerDemoSiVide } from "@/lib/demo/seed";
import { validerDefinition } from "@/lib/tarifs/domain/definition.schema";
import { surLesDeuxBases } from "../support/bases";

surLesDeuxBases("collectivité de démonstration", (base) => {
  it("est créée dans une base vide, une seule fois", async () => {
    const maintenant = new Date("2026-11-23T08:00:00Z");
    expect(await semerDemoSiVide(base().prisma, maintenant)).toBe(true);
    expect(await semerDemoSiVide(base().prisma, maintenant)).toBe(false);
    expect(await base().prisma.collectivite.count()).toBe(1);
  });

  it("a trois écoles, les activités de l'année scolaire en cours et une grille publiée par activité", async () => {
    const db = base().prisma;
    expect(await db.ecole.count()).toBe(3);
    const annee = await db.anneeScolaire.findFirstOrThrow();
    expect(annee.libelle).toBe("2026-2027");
    const activites = await db.activite.findMany({ include: { grilles: { include: { versions: true } } } });
    expect(new Set(activites.map((a) => a.type))).toEqual(
      new Set(["cantine", "accueil_matin", "accueil_soir", "mercredi"]),
    );
    expect(activites).toHaveLength(3 * 3 + 1);
    for (const a of activites) {
      expect(a.grilles).toHaveLength(1);
      expect(a.grilles[0]!.versions.map((v) => v.statut)).toEqual(["publiee"]);
      const v = validerDefinition(a.grilles[0]!.versions[0]!.definition);
      expect(v.ok, `${a.nom} : ${JSON.stringify(v)}`).toBe(true);
      if (v.ok) expect(v.definition.unite).toBe(a.uniteVente);
    }
  });

  it("a un agent et un administrateur qui peuvent se connecter avec leur mot de passe de démonstration", async () => {
    const db = base().prisma;
    for (const [role, c] of Object.entries(COMPTES_DEMO)) {
      const compte = await db.compte.findUniqueOrThrow({ where: { email: c.email } });
      expect(compte.role).toBe(role);
      expect(await verifierMotDePasse(c.motDePasse, compte.motDePasseHash!)).toBe(true);
    }
  });

  it("connaît le territoire et le calendrier de taxation des trois dernières années de revenus", async () => {
    const db = base().prisma;
    expect((await db.commune.findMany({ orderBy: { codeInsee: "asc" } })).map((c) => c.codeInsee)).toEqual([
      "00101",
      "00102",
      "00103",
    ]);
    const cal = await db.calendrierTaxation.findMany({ orderBy: { anneeRevenus: "asc" } });
    expect(cal.map((c) => c.anneeRevenus)).toEqual([2023, 2024, 2025]);
    expect(cal.at(-1)!.dateTaxation.toISOString().slice(0, 10)).toBe("2026-07-24");
  });
});
