// Seed builders for integration tests of the citizen journey: the demo collectivité, families, children, tax
// snapshots — built through the application's own functions where they exist.
import { semerDemoSiVide } from "@/lib/demo/seed";
import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import type { Db } from "@/lib/server/database";

export const MAINTENANT = new Date("2026-11-23T09:00:00Z");

export async function collectiviteDeDemo(db: Db) {
  await semerDemoSiVide(db, MAINTENANT);
  const annee = await db.anneeScolaire.findFirstOrThrow({ select: { id: true } });
  const activite = async (
    type: "cantine" | "accueil_soir" | "accueil_matin" | "mercredi",
    ecole = "École maternelle Les Tilleuls",
  ) =>
    db.activite.findFirstOrThrow({
      where: { type, OR: [{ ecole: { nom: ecole } }, { ecoleId: null }] },
      select: { id: true, ecoleId: true, capacite: true },
    });
  return { anneeScolaireId: annee.id, activite };
}

let n = 0;

/** A FranceConnect-style citizen with a household and children at the given school. */
export async function famille(
  db: Db,
  p: {
    prenom?: string;
    nom?: string;
    naissance?: string;
    enfants?: { prenom: string; naissance: string; pai?: boolean }[];
    ecole?: string;
  } = {},
) {
  n += 1;
  const compte = await db.compte.create({
    data: {
      role: "citoyen",
      franceConnectSub: `sub-test-${n}-${Math.random()}`,
      prenoms: p.prenom ?? "Marianne Claire",
      nomNaissance: p.nom ?? "LEFEVRE",
      nomUsage: "DUPONT",
      dateNaissance: p.naissance ?? "1986-03-14",
      identiteCertifiee: true,
    },
  });
  const foyerId = await assurerFoyer(db, compte.id);
  await db.foyer.update({
    where: { id: foyerId },
    data: { adresse1: "12 rue des Tilleuls", codePostal: "00100", commune: "Bellecombe-sur-Lys" },
  });
  const ecole = await db.ecole.findFirstOrThrow({ where: { nom: p.ecole ?? "École maternelle Les Tilleuls" } });
  const enfants = [];
  for (const e of p.enfants ?? [{ prenom: "Léo", naissance: "2021-05-02" }]) {
    enfants.push(
      await db.enfant.create({
        data: {
          foyerId,
          prenom: e.prenom,
          nom: "DUPONT",
          dateNaissance: new Date(`${e.naissance}T00:00:00Z`),
          ecoleId: ecole.id,
          niveau: "MS",
          pai: e.pai ?? false,
        },
      }),
    );
  }
  const responsable = await db.responsableLegal.findFirstOrThrow({ where: { foyerId, rang: 1 } });
  return { compteId: compte.id, foyerId, enfants, responsableId: responsable.id };
}

/** A certified snapshot as the DGFiP service would store it. */
export async function instantane(
  db: Db,
  foyerId: string,
  responsableId: string,
  d: {
    rfr: number;
    nbParts: number;
    codePostal?: string;
    commune?: string;
    multiples?: boolean;
    anneeRevenus?: number;
    recupereLe?: Date;
  },
) {
  return db.instantaneFiscal.create({
    data: {
      foyerId,
      responsableId,
      source: "dgfip_franceconnect",
      anneeRevenus: d.anneeRevenus ?? 2025,
      recupereLe: d.recupereLe ?? MAINTENANT,
      rfr: d.multiples ? null : d.rfr,
      nbParts: d.multiples ? null : d.nbParts,
      adresseCodePostal: d.codePostal ?? "00100",
      adresseCommune: d.commune ?? "BELLECOMBE SUR LYS",
      situationsMultiples: d.multiples ?? false,
      expireLe: new Date(MAINTENANT.getTime() + 400 * 86_400_000),
    },
  });
}
