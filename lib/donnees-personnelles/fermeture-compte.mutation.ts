import "server-only";

// "Close my account" (RGPD right to erasure, within what the commune must keep). In one transaction: sessions
// revoked, consents withdrawn and tax data purged, documents removed, identity cleared (the account row stays,
// pseudonymous, so that a later sign-in is refused rather than silently creating a new account), the household's
// family data erased if no other open account shares it; then the files. Audited, with counts only.
import { journaliser, type Acteur } from "@/lib/audit/journal.mutation";
import type { StockageDocuments } from "@/lib/documents/stockage";
import { foyerDuCompte } from "@/lib/foyers/foyer.query";
import type { Db } from "@/lib/server/database";
import { ErreurMetier } from "@/lib/server/erreurs";
import { effacerDonneesDuFoyer, type BilanFoyer } from "./fermeture-foyer.mutation";

export const NOM_PSEUDONYME = "Compte fermé";

export interface BilanFermeture {
  perimetre: "foyer" | "compte" | "sans_foyer";
  sessionsRevoquees: number;
  consentementsRetires: number;
  instantanesSupprimes: number;
  documentsSupprimes: number;
  fichiersNonSupprimes: number;
  foyer: BilanFoyer | null;
}

export async function fermerCompte(
  db: Db,
  stockage: StockageDocuments,
  acteur: Acteur,
  maintenant: Date,
): Promise<BilanFermeture> {
  const { bilan, documents } = await db.$transaction(async (tx) => {
    const compte = await tx.compte.findUnique({
      where: { id: acteur.id },
      select: { role: true, fermeLe: true, email: true },
    });
    if (!compte || compte.fermeLe) throw new ErreurMetier("compte_ferme", "Ce compte est déjà fermé.");
    if (compte.role !== "citoyen")
      throw new ErreurMetier(
        "role",
        "Seul un compte famille peut être fermé ici ; un compte d'agent est fermé par un administrateur.",
      );
    const foyer = await tx.foyer.findFirst({
      where: foyerDuCompte(acteur.id),
      select: {
        id: true,
        emailContact: true,
        responsables: {
          select: { id: true, compteId: true, email: true, compte: { select: { fermeLe: true } } },
        },
      },
    });
    const mesResponsables = foyer?.responsables.filter((r) => r.compteId === acteur.id).map((r) => r.id) ?? [];
    // Another parent still signs in to this household: it goes on for them, only this account's own data goes.
    const partage =
      foyer?.responsables.some((r) => r.compteId && r.compteId !== acteur.id && !r.compte?.fermeLe) ?? false;
    const toutLeFoyer = foyer && !partage ? { foyerId: foyer.id } : null;

    const { count: sessionsRevoquees } = await tx.session.updateMany({
      where: { compteId: acteur.id, revoqueeLe: null },
      data: { revoqueeLe: maintenant, idToken: null },
    });
    await tx.session.updateMany({ where: { compteId: acteur.id }, data: { idToken: null } });
    await tx.jetonCompte.deleteMany({ where: { compteId: acteur.id } });
    const { count: consentementsRetires } = await tx.consentement.updateMany({
      where: { ...(toutLeFoyer ?? { compteId: acteur.id }), statut: "accorde" },
      data: { statut: "retire", retireLe: maintenant },
    });
    const { count: instantanesSupprimes } = await tx.instantaneFiscal.deleteMany({
      where: toutLeFoyer ?? {
        OR: [{ consentement: { compteId: acteur.id } }, { responsableId: { in: mesResponsables } }],
      },
    });
    const documents = await tx.document.findMany({
      where: toutLeFoyer ?? { deposeParId: acteur.id },
      select: { id: true, foyerId: true },
    });
    await tx.document.deleteMany({ where: { id: { in: documents.map((d) => d.id) } } });
    const bilanFoyer = toutLeFoyer ? await effacerDonneesDuFoyer(tx, toutLeFoyer.foyerId, maintenant) : null;
    await tx.responsableLegal.updateMany({
      where: { id: { in: mesResponsables } },
      data: { prenoms: "", nom: NOM_PSEUDONYME, dateNaissance: null, email: null, telephone: null },
    });
    // E-mails to the addresses that go with this closure (sent or not): the account's and its own parent's; the
    // household's contact and every parent's when the whole household is erased.
    const adresses = [
      compte.email,
      ...(foyer?.responsables.filter((r) => toutLeFoyer || r.compteId === acteur.id).map((r) => r.email) ?? []),
      ...(toutLeFoyer ? [foyer?.emailContact] : []),
    ].filter((a): a is string => Boolean(a));
    if (adresses.length > 0) await tx.courrielSortant.deleteMany({ where: { destinataire: { in: adresses } } });
    await tx.compte.update({
      where: { id: acteur.id },
      data: {
        email: null,
        emailVerifieLe: null,
        motDePasseHash: null,
        prenoms: null,
        nomNaissance: null,
        nomUsage: null,
        dateNaissance: null,
        sexe: null,
        lieuNaissance: null,
        paysNaissance: null,
        identiteCertifiee: false,
        echecsConnexion: 0,
        verrouilleJusquA: null,
        fermeLe: maintenant,
      },
    });
    const perimetre: BilanFermeture["perimetre"] = !foyer ? "sans_foyer" : partage ? "compte" : "foyer";
    const bilan = {
      perimetre,
      sessionsRevoquees,
      consentementsRetires,
      instantanesSupprimes,
      documentsSupprimes: documents.length,
      foyer: bilanFoyer,
    };
    await journaliser(
      tx,
      acteur,
      "compte.ferme",
      { type: "compte", id: acteur.id },
      {
        perimetre,
        sessionsRevoquees,
        consentementsRetires,
        instantanesSupprimes,
        documentsSupprimes: documents.length,
        ...(bilanFoyer ?? {}),
      },
    );
    return { bilan, documents };
  });
  // After the commit: a file that cannot be removed now is an orphan the purge job sweeps.
  let fichiersNonSupprimes = 0;
  for (const d of documents) await stockage.supprimer(d.foyerId, d.id).catch(() => fichiersNonSupprimes++);
  return { ...bilan, fichiersNonSupprimes };
}
