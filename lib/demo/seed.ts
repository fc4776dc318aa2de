// Demo collectivité, created when the database is empty: an intercommunalité of three fictional communes (codes
// impossible in France), three schools, canteen + morning/evening care + Wednesday activities for the current
// school year, a tariff grid per activity, one agent and one admin. Fictional people live in simulators/population.
import { anneeScolaireCourante } from "@/lib/activites/domain/annee-scolaire";
import { chiffrerSecret } from "@/lib/comptes/domain/chiffrement-secret";
import { hacherMotDePasse } from "@/lib/comptes/domain/mot-de-passe";
import type { Db } from "@/lib/server/database";
import { GRILLES_DEMO_PAR_ACTIVITE as GRILLES } from "@/lib/tarifs/domain/grilles-demo";
import { SECRET_TOTP_DEMO } from "./second-facteur-demo";

export const COMPTES_DEMO = {
  agent: { email: "agent@val-de-lys.test", motDePasse: "Agent-Val-de-Lys-2026", prenoms: "Camille", nom: "Agent" },
  admin: { email: "admin@val-de-lys.test", motDePasse: "Admin-Val-de-Lys-2026", prenoms: "Dominique", nom: "Admin" },
} as const;

const COMMUNES_DEMO = [
  { codeInsee: "00101", nom: "Bellecombe-sur-Lys", codesPostaux: ["00100"] },
  { codeInsee: "00102", nom: "Saint-Amand-de-Lys", codesPostaux: ["00110"] },
  { codeInsee: "00103", nom: "Les Aulnes", codesPostaux: ["00110"] },
];

const ECOLES = [
  {
    cle: "tilleuls",
    nom: "École maternelle Les Tilleuls",
    commune: "00101",
    adresse: "5 rue des Tilleuls, 00100 Bellecombe-sur-Lys",
  },
  {
    cle: "jean-moulin",
    nom: "École élémentaire Jean-Moulin",
    commune: "00101",
    adresse: "1 place de la République, 00100 Bellecombe-sur-Lys",
  },
  {
    cle: "saint-amand",
    nom: "Groupe scolaire de Saint-Amand",
    commune: "00102",
    adresse: "9 route de Lys, 00110 Saint-Amand-de-Lys",
  },
];

/**
 * Returns true when it seeded, false when the database already had a collectivité. With the TOTP key (the portal's
 * start passes it), the agent and the admin get the demo second factor, active: its code is shown on /connexion.
 */
export async function semerDemoSiVide(db: Db, maintenant = new Date(), cleTotp?: Buffer): Promise<boolean> {
  if ((await db.collectivite.count()) > 0) return false;
  const annee = anneeScolaireCourante(maintenant);
  const [hashAgent, hashAdmin] = await Promise.all([
    hacherMotDePasse(COMPTES_DEMO.agent.motDePasse),
    hacherMotDePasse(COMPTES_DEMO.admin.motDePasse),
  ]);
  // A whole collectivité in one transaction: on a loaded machine (the rentrée, or CI on 2 cores) Prisma's default 5 s
  // is not enough, and a timeout here leaves the portal unable to start.
  await db.$transaction(
    async (tx) => {
      await tx.collectivite.create({
        data: {
          id: 1,
          nom: "Communauté de communes du Val de Lys",
          politiqueAnneeFiscale: "n_moins_1_sinon_n_moins_2",
        },
      });
      await tx.commune.createMany({ data: COMMUNES_DEMO });
      const anneeCivile = maintenant.getUTCFullYear();
      await tx.calendrierTaxation.createMany({
        data: [3, 2, 1].map((ecart) => ({
          ressource: "ir_assiettes" as const,
          anneeRevenus: anneeCivile - ecart,
          dateTaxation: new Date(Date.UTC(anneeCivile - ecart + 1, 6, 24)),
        })),
      });
      const as = await tx.anneeScolaire.create({
        data: { libelle: annee.libelle, debut: annee.debut, fin: annee.fin },
      });
      for (const e of ECOLES) {
        const ecole = await tx.ecole.create({ data: { nom: e.nom, communeCodeInsee: e.commune, adresse: e.adresse } });
        const activites = [
          {
            type: "cantine" as const,
            nom: `Restauration scolaire — ${e.nom}`,
            jours: [1, 2, 4, 5],
            uniteVente: "repas" as const,
            capacite: e.cle === "jean-moulin" ? 180 : 120,
            grille: GRILLES.cantine,
          },
          {
            type: "accueil_matin" as const,
            nom: `Accueil du matin (7 h 30 – 8 h 30) — ${e.nom}`,
            jours: [1, 2, 4, 5],
            uniteVente: "demi_heure" as const,
            capacite: 40,
            grille: GRILLES.accueilMatin,
          },
          {
            type: "accueil_soir" as const,
            nom: `Accueil du soir (16 h 30 – 18 h 30) — ${e.nom}`,
            jours: [1, 2, 4, 5],
            uniteVente: "heure" as const,
            capacite: 50,
            grille: GRILLES.accueilSoir,
          },
        ];
        for (const a of activites) {
          const { grille, ...donnees } = a;
          const activite = await tx.activite.create({
            data: { ...donnees, anneeScolaireId: as.id, ecoleId: ecole.id },
          });
          await creerGrillePubliee(tx, activite.id, as.id, `Grille ${a.nom}`, grille, maintenant);
        }
      }
      const mercredi = await tx.activite.create({
        data: {
          type: "mercredi",
          nom: "Accueil de loisirs du mercredi (centre du Val de Lys)",
          jours: [3],
          uniteVente: "journee",
          capacite: 60,
          anneeScolaireId: as.id,
        },
      });
      await creerGrillePubliee(
        tx,
        mercredi.id,
        as.id,
        "Grille de l'accueil de loisirs du mercredi",
        GRILLES.mercredi,
        maintenant,
      );
      for (const [role, c, hash] of [
        ["agent", COMPTES_DEMO.agent, hashAgent],
        ["admin", COMPTES_DEMO.admin, hashAdmin],
      ] as const) {
        await tx.compte.create({
          data: {
            role,
            email: c.email,
            emailVerifieLe: maintenant,
            motDePasseHash: hash,
            prenoms: c.prenoms,
            nomUsage: c.nom,
            ...(cleTotp && { totpSecret: chiffrerSecret(SECRET_TOTP_DEMO, cleTotp), totpActiveLe: maintenant }),
          },
        });
      }
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  return true;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function creerGrillePubliee(
  tx: Tx,
  activiteId: string,
  anneeScolaireId: string,
  nom: string,
  definition: object,
  maintenant: Date,
) {
  const grille = await tx.grilleTarifaire.create({ data: { activiteId, anneeScolaireId, nom } });
  await tx.versionGrille.create({
    data: { grilleId: grille.id, numero: 1, statut: "publiee", definition, publieeLe: maintenant },
  });
}
