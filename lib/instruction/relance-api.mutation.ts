import "server-only";

// Un agent répète l'appel à la DGFiP en mode SPI (docs/contrats-amont.md §5 : un appel en mode SPI peut être
// réessayé, un appel en mode FranceConnect non, voir echanges-famille.mutation.ts). Le numéro fiscal est celui du
// dossier, ou celui que l'agent a lu sur l'avis d'imposition de la famille (gardé au dossier une fois reconnu par la
// DGFiP). L'appel HTTP se fait hors de toute transaction ; son issue est enregistrée ensuite sous le verrou du
// dossier (raisons, décision, audit : jamais le SPI).
// The family's consent binds agents too (issue 10 §3): without a current consent for that foyer fiscal, the call is
// made only when the agent writes the legal basis invoked, kept in the decision shown in the dossier's timeline.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { IdentitePivot } from "@/lib/fiscal/domain/identite";
import { lireSpi } from "@/lib/fiscal/domain/spi";
import type { IssueInstantane, ServiceInstantaneFiscal } from "@/lib/fiscal/obtenir-instantane-fiscal";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { ajouterRaisons } from "./domain/statuts";
import { cibleDossier, prendreLaMain } from "./garde-dossier.mutation";

export interface BilanRelance {
  obtenu: boolean;
  message: string;
}

function bilan(issue: IssueInstantane): BilanRelance {
  if (issue.statut === "obtenu") {
    const annee = `revenus ${issue.instantane.anneeRevenus}`;
    const deja = issue.reutilise ? " (déjà reçues et encore valides : aucun nouvel appel)" : "";
    const identite =
      issue.identite === "divergente" ? " Attention : le titulaire du compte ne figure pas parmi les déclarants." : "";
    return {
      obtenu: true,
      message: `Données obtenues de la DGFiP, ${annee}${deja}. Vérifiez-les, puis validez le dossier.${identite}`,
    };
  }
  if (issue.statut === "cas_complexe") {
    return {
      obtenu: false,
      message:
        "La DGFiP signale plusieurs situations dans l'année : aucune n'est retenue automatiquement. Saisissez la situation pertinente d'après l'avis d'imposition.",
    };
  }
  const r = issue.raisons;
  if (r.includes("spi_inconnu"))
    return {
      obtenu: false,
      message: "La DGFiP ne connaît pas ce numéro fiscal : vérifiez-le sur l'avis d'imposition.",
    };
  if (r.includes("annee_indisponible"))
    return {
      obtenu: false,
      message:
        "La DGFiP n'a aucune donnée pour les années que la commune peut demander. Saisissez les données d'après l'avis déposé.",
    };
  if (r.includes("habilitation_refusee"))
    return {
      obtenu: false,
      message:
        "La DGFiP refuse l'accès au portail (habilitation) : prévenez l'administrateur. En attendant, saisissez les données d'après l'avis.",
    };
  if (issue.reprise === "job")
    return { obtenu: false, message: "La DGFiP ne répond pas pour le moment (panne ou quota). Réessayez plus tard." };
  return {
    obtenu: false,
    message: "L'appel à la DGFiP a échoué. Réessayez plus tard ou saisissez les données d'après l'avis.",
  };
}

function identite(r: {
  prenoms: string;
  nom: string;
  dateNaissance: string | null;
  compte: {
    identiteCertifiee: boolean;
    prenoms: string | null;
    nomNaissance: string | null;
    nomUsage: string | null;
    dateNaissance: string | null;
  } | null;
}): IdentitePivot | undefined {
  const c = r.compte;
  if (c?.identiteCertifiee && c.prenoms && c.nomNaissance && c.dateNaissance)
    return {
      prenoms: c.prenoms,
      nomNaissance: c.nomNaissance,
      nomUsage: c.nomUsage,
      dateNaissance: c.dateNaissance,
      certifiee: true,
    };
  return r.dateNaissance
    ? { prenoms: r.prenoms, nomNaissance: r.nom, dateNaissance: r.dateNaissance, certifiee: false }
    : undefined;
}

/** Long enough to name a text and the circumstance; anything shorter cannot be checked afterwards. */
const BASE_LEGALE_MIN = 20;

/**
 * The consent that lets this foyer fiscal be asked now: the latest decision recorded for that responsable (rows
 * without a responsable are the account holder's), if it is an agreement; a refusal or withdrawal ends it.
 */
async function accordEnCours(db: Db, foyerId: string, r: { id: string; rang: number }): Promise<string | null> {
  const dernier = await db.consentement.findFirst({
    where: { foyerId, OR: [{ responsableId: r.id }, ...(r.rang === 1 ? [{ responsableId: null }] : [])] },
    orderBy: { creeLe: "desc" },
    select: { id: true, statut: true },
  });
  return dernier?.statut === "accorde" ? dernier.id : null;
}

export async function relancerAppelDgfip(
  db: Db,
  service: Pick<ServiceInstantaneFiscal, "obtenir">,
  acteur: Acteur,
  q: { dossierId: string; responsableId: string; numeroFiscal: string | null; baseLegale?: string | null },
): Promise<BilanRelance> {
  const { foyerId } = await db.$transaction(async (tx) => {
    await prendreLaMain(tx, q.dossierId, acteur.id);
    return tx.dossier.findUniqueOrThrow({ where: { id: q.dossierId }, select: { foyerId: true } });
  });
  const r = await db.responsableLegal.findFirst({
    where: { id: q.responsableId, foyerId },
    select: {
      id: true,
      rang: true,
      prenoms: true,
      nom: true,
      dateNaissance: true,
      numeroFiscal: true,
      compte: {
        select: { identiteCertifiee: true, prenoms: true, nomNaissance: true, nomUsage: true, dateNaissance: true },
      },
    },
  });
  if (!r)
    throw new ErreurMetier("declarant_inconnu", "Ce déclarant n'appartient pas au foyer du dossier.", "responsableId");
  let spi = r.numeroFiscal;
  if (q.numeroFiscal) {
    const lu = lireSpi(q.numeroFiscal);
    if (!lu.ok) throw new ErreurMetier("spi_invalide", lu.erreur, "numeroFiscal");
    spi = lu.spi;
  }
  if (!spi)
    throw new ErreurMetier(
      "spi_absent",
      "Aucun numéro fiscal connu pour ce déclarant : saisissez celui de l'avis d'imposition.",
      "numeroFiscal",
    );

  const consentementId = await accordEnCours(db, foyerId, r);
  const baseLegale = q.baseLegale?.trim() || null;
  if (!consentementId && (!baseLegale || baseLegale.length < BASE_LEGALE_MIN))
    throw new ErreurMetier(
      "accord_absent",
      `La famille n'a pas donné son accord pour ce foyer fiscal, ou l'a refusé ou retiré : l'appel n'est possible qu'en indiquant la base légale qui l'autorise (texte et circonstance, ${BASE_LEGALE_MIN} caractères au moins).`,
      "baseLegale",
    );

  const issue = await service.obtenir(db, {
    foyerId,
    consentementId,
    responsableId: q.responsableId,
    acces: { mode: "spi", spi },
    identiteTitulaire: identite(r),
  });
  const b = bilan(issue);
  await db.$transaction(async (tx) => {
    await prendreLaMain(tx, q.dossierId, acteur.id);
    const { raisons } = await tx.dossier.findUniqueOrThrow({ where: { id: q.dossierId }, select: { raisons: true } });
    if (issue.raisons.length)
      await tx.dossier.update({
        where: { id: q.dossierId },
        data: { raisons: ajouterRaisons(raisons, issue.raisons) },
      });
    // A number the DGFiP recognised is kept for the next retry (by an agent or a job); a refused one is not.
    if (spi !== r.numeroFiscal && issue.statut !== "echec")
      await tx.responsableLegal.update({ where: { id: q.responsableId }, data: { numeroFiscal: spi } });
    await tx.decision.create({
      data: {
        dossierId: q.dossierId,
        agentId: acteur.id,
        type: "relance_api",
        motif: baseLegale && !consentementId ? `Base légale invoquée : ${baseLegale}. ${b.message}` : b.message,
      },
    });
    await journaliser(tx, acteur, "dossier.relancer_api", cibleDossier(q.dossierId), {
      issue: issue.statut,
      appelsAmont: issue.appelsAmont,
      numeroSaisi: q.numeroFiscal !== null,
      // The text itself is in the decision; the audit row says only that the call rested on it.
      baseLegale: !consentementId,
    });
  });
  return b;
}
