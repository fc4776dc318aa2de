import "server-only";

// Everything an agent needs on one dossier page: the family (responsables, children), the requested enrolments with
// their current price, the foyer's fiscal snapshots and documents, and what the fiscal retry options are. The
// numéro fiscal itself never leaves this module: the page only learns whether it is known and its last digits.
import { anneeAttendue } from "@/lib/fiscal/domain/annee-fiscale";
import { SELECTION_INSTANTANE } from "@/lib/fiscal/instantane-fiscal.query";
import { versVue } from "@/lib/fiscal/instantane-fiscal.vue";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import { COORDONNEES_FOYER } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { finDuSpi, optionsReprise } from "./domain/reprise-fiscale";
import { nomDuCompte, SELECTION_NOM } from "./noms";
import { conditionPerimetre } from "./perimetre.query";

/** The dossier as this agent or admin (`lecteurId`) may see it: null when missing or outside their perimeter. */
export async function lireDossier(db: Db, dossierId: string, lecteurId: string, maintenant = new Date()) {
  const perimetre = await conditionPerimetre(db, lecteurId);
  const d = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, perimetre ?? {}] },
    select: {
      id: true,
      statut: true,
      raisons: true,
      attenduFamille: true,
      creeLe: true,
      majLe: true,
      closLe: true,
      agentId: true,
      agent: { select: SELECTION_NOM },
      foyer: {
        select: {
          id: true,
          ...COORDONNEES_FOYER,
          responsables: {
            orderBy: { rang: "asc" },
            select: {
              id: true,
              rang: true,
              prenoms: true,
              nom: true,
              dateNaissance: true,
              email: true,
              telephone: true,
              foyerFiscalDistinct: true,
              numeroFiscal: true,
              compte: { select: { identiteCertifiee: true, franceConnectSub: true } },
            },
          },
          enfants: {
            where: { retireLe: null },
            orderBy: { dateNaissance: "asc" },
            select: {
              id: true,
              prenom: true,
              nom: true,
              dateNaissance: true,
              niveau: true,
              pai: true,
              ecole: { select: { nom: true } },
            },
          },
          documents: { orderBy: { creeLe: "desc" }, select: { id: true, type: true, nomFichier: true, creeLe: true } },
        },
      },
      demande: {
        select: {
          id: true,
          statut: true,
          voieTarification: true,
          soumiseLe: true,
          anneeScolaire: { select: { libelle: true } },
          inscriptions: {
            orderBy: [{ enfant: { dateNaissance: "asc" } }, { creeLe: "asc" }],
            select: {
              id: true,
              statut: true,
              frequence: true,
              placeReservee: true,
              rangListeAttente: true,
              enfant: { select: { prenom: true, nom: true } },
              activite: { select: { nom: true, uniteVente: true } },
              tarifs: {
                where: { remplaceLe: null },
                orderBy: { fixeLe: "desc" },
                take: 1,
                select: {
                  montantCentimes: true,
                  uniteVente: true,
                  explication: true,
                  fixeLe: true,
                  versionGrille: { select: { numero: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!d) return null;
  const [instantanes, dernierAppel, parametres] = await Promise.all([
    db.instantaneFiscal.findMany({
      where: { foyerId: d.foyer.id, expireLe: { gt: maintenant } },
      orderBy: { recupereLe: "desc" },
      select: {
        ...SELECTION_INSTANTANE,
        justification: true,
        document: { select: { nomFichier: true } },
        saisiParId: true,
      },
    }),
    db.appelAmont.findFirst({
      where: { foyerId: d.foyer.id, fournisseur: "dgfip" },
      orderBy: { creeLe: "desc" },
      select: { mode: true },
    }),
    lireParametresFiscaux(db),
  ]);
  const saisisPar = await nomsDesComptes(
    db,
    instantanes.map((i) => i.saisiParId),
  );
  const responsables = d.foyer.responsables.map(({ numeroFiscal, compte, ...r }) => ({
    ...r,
    identiteCertifiee: compte?.identiteCertifiee ?? false,
    franceConnect: Boolean(compte?.franceConnectSub),
    numeroFiscal: numeroFiscal ? finDuSpi(numeroFiscal) : null,
  }));
  const titulaire = responsables[0];
  const mode = dernierAppel?.mode === "spi" || dernierAppel?.mode === "franceconnect" ? dernierAppel.mode : null;
  return {
    ...d,
    agent: d.agent ? { id: d.agentId, nom: nomDuCompte(d.agent) } : null,
    foyer: { ...d.foyer, responsables },
    instantanes: instantanes.map((i) => ({
      ...versVue(i),
      justification: i.justification,
      document: i.document,
      saisiPar: i.saisiParId ? (saisisPar.get(i.saisiParId) ?? null) : null,
    })),
    /** The year the commune's policy asks first today: an older year on file is the fallback year. */
    anneeAttendue: anneeAttendue(parametres.politique, maintenant),
    reprise: optionsReprise({
      spiConnu: Boolean(titulaire?.numeroFiscal),
      titulaireFranceConnect: Boolean(titulaire?.franceConnect),
      modeDernierAppel: mode,
    }),
  };
}

export type DossierDetaille = NonNullable<Awaited<ReturnType<typeof lireDossier>>>;

/** Display names of accounts, by id (accounts closed or gone are simply absent). */
export async function nomsDesComptes(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const uniques = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (uniques.length === 0) return new Map();
  const comptes = await db.compte.findMany({ where: { id: { in: uniques } }, select: { id: true, ...SELECTION_NOM } });
  return new Map(comptes.map((c) => [c.id, nomDuCompte(c) ?? "Compte sans nom"]));
}
