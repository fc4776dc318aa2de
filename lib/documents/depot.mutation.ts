import "server-only";

// Depositing a document: who may deposit for which household, then the checks, the atomic write and the row.
// Order matters: the file is written (atomically) before the row exists, and removed if the row cannot be written,
// so the database never points to a missing or half-written file.
import { createHash, randomUUID } from "node:crypto";

import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import { rendreAuxAgents } from "@/lib/messages/repondre.mutation";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { assainirPdf } from "./assainir-pdf";
import type { DependancesDocuments } from "./dependances";
import { analyserFichier } from "./domain/analyser-fichier";
import { echeanceDepot } from "./domain/conservation";
import type { FormatAccepte } from "./domain/format-fichier";
import { assainirNomFichier } from "./domain/nom-fichier";
import { reencoderImage } from "./reencoder-image";
import type { TypeDocument } from "./schemas";

const MESSAGES_PDF = {
  illisible:
    "Ce PDF n'a pas pu être relu et réécrit sans risque (fichier endommagé ou construit de façon inhabituelle) : il est refusé. Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et déposez cette copie.",
  trop_grand:
    "Ce PDF a trop de pages ou d'éléments pour un justificatif : déposez seulement les pages utiles (« Imprimer » puis « Enregistrer au format PDF » en choisissant les pages).",
  actif:
    "Ce PDF contient du contenu actif (script, lien, lancement de programme ou fichier joint) : il est refusé par sécurité. Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et déposez cette copie.",
};

const MESSAGES_IMAGE = {
  illisible:
    "Cette image est endommagée ou incomplète : elle n'a pas pu être relue entièrement, elle est donc refusée. Reprenez la photo ou enregistrez-la à nouveau, puis déposez-la.",
  trop_grande:
    "Cette image a trop de pixels pour être relue sans risque : réduisez-la ou reprenez la photo, puis déposez-la.",
};

/** What is stored: a PDF rewritten by the sanitiser (pages only, one revision), an image re-encoded; or a refusal. */
async function octetsAStocker(format: FormatAccepte, octets: Uint8Array): Promise<Uint8Array> {
  if (format === "pdf") {
    const r = await assainirPdf(octets);
    if (!r.ok) throw new ErreurMetier(`pdf_${r.raison}`, MESSAGES_PDF[r.raison], "fichier");
    return r.octets;
  }
  const r = await reencoderImage(format, octets);
  if (!r.ok) throw new ErreurMetier(`image_${r.raison}`, MESSAGES_IMAGE[r.raison], "fichier");
  return r.octets;
}

const FOYER_INTERDIT = "Vous ne pouvez déposer une pièce que pour votre propre foyer.";

/**
 * The household a document goes to. A family: its own (created on first use); naming another household is refused.
 * An agent or admin: the household named, which must exist.
 */
export async function foyerDuDepot(db: Db, acteur: Acteur, foyerIdDemande: string | undefined): Promise<string> {
  if (acteur.role === "citoyen") {
    if (foyerIdDemande && !(await db.foyer.count({ where: { id: foyerIdDemande, ...foyerDuCompte(acteur.id) } }))) {
      throw new ErreurMetier("foyer_interdit", FOYER_INTERDIT);
    }
    return assurerFoyer(db, acteur.id);
  }
  if (!foyerIdDemande || !(await db.foyer.count({ where: { id: foyerIdDemande } }))) {
    throw new ErreurMetier("foyer_introuvable", "Ce foyer est introuvable : la pièce n'a pas été déposée.");
  }
  return foyerIdDemande;
}

/** The dossier the document joins: the one named, or the latest of the demande named; both must be the household's. */
export async function dossierDuDepot(
  db: Db,
  foyerId: string,
  d: { dossierId?: string; demandeId?: string },
): Promise<string | null> {
  if (d.dossierId) {
    const dossier = await db.dossier.findFirst({ where: { id: d.dossierId, foyerId }, select: { id: true } });
    if (!dossier)
      throw new ErreurMetier(
        "dossier_introuvable",
        "Ce dossier est introuvable dans ce foyer : la pièce n'a pas été déposée.",
      );
    return dossier.id;
  }
  if (d.demandeId) {
    const demande = await db.demande.findFirst({
      where: { id: d.demandeId, foyerId },
      select: { dossiers: { orderBy: { creeLe: "desc" }, take: 1, select: { id: true } } },
    });
    if (!demande)
      throw new ErreurMetier(
        "demande_introuvable",
        "Cette demande est introuvable dans ce foyer : la pièce n'a pas été déposée.",
      );
    return demande.dossiers[0]?.id ?? null;
  }
  return null;
}

export interface NouveauDocument {
  acteur: Acteur;
  foyerId: string;
  dossierId: string | null;
  type: TypeDocument;
  nomFichier: string;
  octets: Uint8Array;
  maintenant: Date;
}

/** Refusals carry the field "fichier", so the form shows them next to the file input. */
export async function enregistrerDocument(db: Db, deps: DependancesDocuments, n: NouveauDocument) {
  const analyse = analyserFichier(n.octets, deps.regles.tailleMaxOctets);
  if (!analyse.ok) throw new ErreurMetier(analyse.code, analyse.message, "fichier");
  const verdict = await deps.antivirus.analyser(n.octets);
  if ("indisponible" in verdict) {
    deps.logger.error({ antivirus: deps.antivirus.nom }, "analyse antivirus indisponible : dépôt refusé");
    throw new ErreurMetier(
      "antivirus_indisponible",
      "L'analyse antivirus est momentanément indisponible : la pièce n'a pas été déposée. Réessayez dans quelques minutes.",
      "fichier",
    );
  }
  if (!verdict.sain) {
    deps.logger.warn(
      { antivirus: deps.antivirus.nom, signature: verdict.signature, foyerId: n.foyerId },
      "pièce refusée par l'antivirus",
    );
    throw new ErreurMetier(
      "virus_detecte",
      "Ce fichier a été refusé par l'analyse antivirus. Vérifiez votre ordinateur ou votre téléphone, puis déposez une autre copie de la pièce.",
      "fichier",
    );
  }
  const octets = await octetsAStocker(analyse.format, n.octets);
  const id = randomUUID();
  const donnees = {
    id,
    foyerId: n.foyerId,
    dossierId: n.dossierId,
    type: n.type,
    nomFichier: assainirNomFichier(n.nomFichier, analyse.extension),
    typeMime: analyse.typeMime,
    taille: octets.length,
    sha256: createHash("sha256").update(octets).digest("hex"),
    deposeParId: n.acteur.id,
    creeLe: n.maintenant,
    expireLe: echeanceDepot(n.maintenant, deps.regles.conservationJours),
  };
  await deps.stockage.ecrire(n.foyerId, id, octets);
  try {
    await db.$transaction(async (tx) => {
      await tx.document.create({ data: donnees });
      // The family deposited on its dossier: what the agent waited for has come.
      if (n.dossierId && n.acteur.role === "citoyen") await rendreAuxAgents(tx, n.dossierId);
      await journaliser(
        tx,
        n.acteur,
        "document.depose",
        { type: "document", id },
        { foyerId: n.foyerId, type: n.type, typeMime: analyse.typeMime, taille: donnees.taille },
      );
    });
  } catch (e) {
    await deps.stockage.supprimer(n.foyerId, id);
    throw e;
  }
  return { id, nomFichier: donnees.nomFichier, typeMime: donnees.typeMime, taille: donnees.taille };
}
