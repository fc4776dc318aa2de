import { expect, it } from "vitest";

import type { Db } from "@/lib/server/database";
import { surLesDeuxBases } from "@/tests/support/bases";
import { jeuAdmin } from "@/tests/support/jeu-admin";
import { apercuVersion } from "./apercu-version.query";
import { calculerTarif } from "./domain/calculer-tarif";
import type { DefinitionGrille } from "./domain/definition.schema";
import type { EntreeTarif } from "./domain/entree";
import { GRILLE_CANTINE_FRATRIE, GRILLE_CANTINE_QF, GRILLE_MERCREDI_TPI } from "./domain/grilles-demo";
import { creerGrille, enregistrerBrouillon } from "./grilles.mutation";
import { impactVersion } from "./impact-version.query";
import { publierVersion } from "./publier-version.mutation";

const fiscal = (rfrEuros: number, nombreParts: number): EntreeTarif["fiscal"] => ({
  rfrEuros,
  revenuImposableEuros: null,
  nombreParts,
  anneeRevenus: 2025,
  source: "dgfip_franceconnect",
});

/** Fixes a price as the enrolment flow will: amount + explanation computed by the engine on version `versionId`. */
async function fixerTarif(
  db: Db,
  o: {
    foyerId: string;
    activiteId: string;
    versionId: string;
    def: DefinitionGrille;
    entree: EntreeTarif;
    statut?: "validee" | "annulee";
    remplace?: boolean;
  },
) {
  const enfant = await db.enfant.create({
    data: { foyerId: o.foyerId, prenom: "E", nom: "T", dateNaissance: new Date("2016-01-01") },
    select: { id: true },
  });
  const inscription = await db.inscription.create({
    data: { enfantId: enfant.id, activiteId: o.activiteId, statut: o.statut ?? "validee" },
    select: { id: true },
  });
  const r = calculerTarif(o.def, o.entree);
  return db.tarif.create({
    data: {
      inscriptionId: inscription.id,
      versionGrilleId: o.versionId,
      montantCentimes: r.montantCentimes,
      uniteVente: r.unite,
      explication: r.explication,
      remplaceLe: o.remplace ? new Date() : null,
    },
    select: { id: true, inscriptionId: true },
  });
}

surLesDeuxBases("aperçu d'impact d'un brouillon sur les familles actuelles", (base) => {
  it("passer au demi-tarif dès le 3e enfant : une baisse, des inchangés, les cas non recalculables comptés à part", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { grilleId, version: v1 } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine",
      definition: GRILLE_CANTINE_QF,
    });
    await publierVersion(db, acteur, v1.id);
    const [f1, f2, f3] = await Promise.all([1, 2, 3].map(() => db.foyer.create({ data: {}, select: { id: true } })));
    const commun = { activiteId: a.id, versionId: v1.id, def: GRILLE_CANTINE_QF };
    // Foyer 1: three children at QF 612 € (2,35 €); the third will pay 1,18 €.
    const aine = await fixerTarif(db, {
      ...commun,
      foyerId: f1!.id,
      entree: { residence: "resident", fiscal: fiscal(22032, 3), rangFratrie: 1 },
    });
    await fixerTarif(db, {
      ...commun,
      foyerId: f1!.id,
      entree: { residence: "resident", fiscal: fiscal(22032, 3), rangFratrie: 2 },
    });
    const cadet = await fixerTarif(db, {
      ...commun,
      foyerId: f1!.id,
      entree: { residence: "resident", fiscal: fiscal(22032, 3), rangFratrie: 3 },
    });
    // Foyer 2: no data (highest bracket), unchanged.
    await fixerTarif(db, { ...commun, foyerId: f2!.id, entree: { residence: "resident" } });
    // Foyer 3: a price explained by a CAF quotient, which the fiscal grid cannot reuse.
    const caf = await fixerTarif(db, {
      ...commun,
      def: GRILLE_MERCREDI_TPI,
      foyerId: f3!.id,
      entree: { residence: "resident", caf: { quotientFamilialEuros: 612, organisme: "cnaf", mois: null } },
    });
    // Not current: a cancelled enrolment and a replaced price.
    await fixerTarif(db, {
      ...commun,
      foyerId: f3!.id,
      entree: { residence: "resident", fiscal: fiscal(0, 1), rangFratrie: 5 },
      statut: "annulee",
    });
    await fixerTarif(db, {
      ...commun,
      foyerId: f3!.id,
      entree: { residence: "resident", fiscal: fiscal(0, 1), rangFratrie: 5 },
      remplace: true,
    });

    const brouillon = await enregistrerBrouillon(db, acteur, { grilleId, definition: GRILLE_CANTINE_FRATRIE });
    const impact = await impactVersion(db, brouillon.id);

    expect(impact.compte).toEqual({ hausse: 0, baisse: 1, inchange: 3, nonRecalculable: 1, total: 5, foyers: 3 });
    expect(impact.lignes.at(-1)).toEqual({
      tarifId: cadet.id,
      inscriptionId: cadet.inscriptionId,
      foyerId: f1!.id,
      versionActuelle: 1,
      ancienCentimes: 235,
      nouveauCentimes: 118,
      ecartCentimes: -117,
    });
    expect(impact.lignes.find((l) => l.tarifId === aine.id)).toMatchObject({
      ancienCentimes: 235,
      nouveauCentimes: 235,
      ecartCentimes: 0,
    });
    expect(impact.nonRecalculables).toEqual([
      { tarifId: caf.id, inscriptionId: caf.inscriptionId, motif: "quotient_incompatible" },
    ]);
    expect(impact.ecartTotalCentimes).toBe(-117);
    // The impact preview changes nothing.
    expect(await db.tarif.count({ where: { versionGrilleId: brouillon.id } })).toBe(0);
  });

  it("la calculatrice d'aperçu reçoit les champs d'un formulaire et rend le prix et ses lignes", async () => {
    const db = base().prisma;
    const { acteur, activite } = await jeuAdmin(db);
    const a = await activite("Cantine", "repas");
    const { version } = await creerGrille(db, acteur, {
      activiteId: a.id,
      nom: "Cantine",
      definition: GRILLE_CANTINE_FRATRIE,
    });
    const r = await apercuVersion(db, version.id, {
      quotient: "612",
      residence: "resident",
      rangFratrie: "3",
      pai: undefined,
    });
    expect(r.montantCentimes).toBe(118);
    expect(r.lignes.map((l) => l.replaceAll("\u00a0", " "))).toEqual([
      "Quotient familial : 612 € par mois (arrondi à l'euro inférieur), saisi pour l'aperçu",
      "QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 €",
      "3e enfant inscrit (à partir du 3e) : 50 % du tarif → 1,175 €",
      "Tarif : 1,175 €, arrondi au centime le plus proche (un demi-centime compte pour un centime) : 1,18 € par repas",
    ]);
    const sans = await apercuVersion(db, version.id, { quotient: "", residence: "resident" });
    expect(sans.montantCentimes).toBe(450);
  });
});
