import "server-only";

// A newer income year becomes available (the collectivité's taxation calendar): households whose current prices
// rest on an older year are offered, by e-mail, to authorize again from their space. Nothing is fetched here and no
// consent is assumed: the family decides. Each household is told once per year (NotificationAnneeRevenus, written
// with the e-mail), so a re-run, or the next day's run, tells nobody twice.
import { anneesAInterroger } from "@/lib/fiscal/domain/annee-fiscale";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import type { Db } from "@/lib/server/database";
import { explicationTarif } from "@/lib/tarifs/domain/explication.schema";
import { envoyerCourriel } from "./courriel.mutation";

/** The most recent year the commune may ask that the calendar says is taxed (a year it does not know is not). */
async function anneeDisponible(db: Db, maintenant: Date): Promise<number | null> {
  const p = await lireParametresFiscaux(db);
  return anneesAInterroger(p.politique, p.calendrier, maintenant).find((c) => c.taxee === true)?.annee ?? null;
}

/** A price computed from tax data of a year before `annee`. */
function reposeSurUneAnneeAnterieure(explication: unknown, annee: number): boolean {
  const e = explicationTarif.safeParse(explication);
  if (!e.success || !e.data.quotient.disponible) return false;
  const q = e.data.quotient;
  return q.nature.startsWith("fiscal_") && q.anneeRevenus !== null && q.anneeRevenus < annee;
}

export async function proposerNouvelleAnneeRevenus(db: Db, urlPortail: string, maintenant: Date) {
  const annee = await anneeDisponible(db, maintenant);
  if (annee === null) return { annee, prevenus: 0 };
  const tarifs = await db.tarif.findMany({
    where: {
      remplaceLe: null,
      inscription: { statut: "validee", enfant: { foyer: { notificationsAnnee: { none: { anneeRevenus: annee } } } } },
    },
    select: { explication: true, inscription: { select: { enfant: { select: { foyerId: true } } } } },
  });
  const foyers = new Set(
    tarifs.filter((t) => reposeSurUneAnneeAnterieure(t.explication, annee)).map((t) => t.inscription.enfant.foyerId),
  );
  let prevenus = 0;
  for (const foyerId of foyers) {
    const f = await db.foyer.findUnique({
      where: { id: foyerId },
      select: {
        emailContact: true,
        responsables: { where: { rang: 1 }, select: { compte: { select: { email: true, fermeLe: true } } } },
      },
    });
    const titulaire = f?.responsables[0]?.compte;
    if (!f || !titulaire || titulaire.fermeLe) continue;
    const destinataire = f.emailContact ?? titulaire.email;
    const prevenu = await db.$transaction(async (tx) => {
      // The row first: when another run got there before, nothing is sent.
      const { count } = await tx.notificationAnneeRevenus.createMany({
        data: [{ foyerId, anneeRevenus: annee, notifieLe: maintenant }],
        skipDuplicates: true,
      });
      if (count === 0) return false;
      if (destinataire)
        await envoyerCourriel(tx, {
          destinataire,
          modele: "nouvelle_annee_revenus",
          lien: new URL("/espace", urlPortail),
        });
      return true;
    });
    if (prevenu) prevenus++;
  }
  return { annee, prevenus };
}
