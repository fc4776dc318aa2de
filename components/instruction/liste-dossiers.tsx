// The queue itself: one card per dossier (a list, not a table, so that it reads the same at 360 px), oldest first.
import Link from "next/link";

import { formaterDateHeure } from "@/lib/format";
import { anciennete } from "@/lib/instruction/domain/anciennete";
import { estOuvert } from "@/lib/instruction/domain/statuts";
import type { LigneFile } from "@/lib/instruction/file.query";
import { LIBELLES_RAISON } from "@/lib/instruction/libelles";
import { nomDuCompte } from "@/lib/instruction/noms";
import { prendreDossierAction } from "@/lib/instruction/prendre-dossier.action";
import { EtiquetteStatut } from "./etiquette-statut";
import { FormulaireBouton } from "./formulaire-bouton";

/** The legal guardians by name ("Julien Bernard et Claire Petit"): two families can share a surname. */
export function nomDeFamille(responsables: { prenoms: string; nom: string }[]): string {
  const noms = responsables.map((r) => `${r.prenoms} ${r.nom}`);
  return noms.length ? noms.join(" et ") : "Famille sans responsable légal";
}

function Attribution({ d, moi }: { d: LigneFile; moi: string }) {
  if (!d.agentId) return <>Non attribué</>;
  if (d.agentId === moi) return <strong>Vous</strong>;
  return <>{nomDuCompte(d.agent)}</>;
}

export function ListeDossiers({ dossiers, moi, maintenant }: { dossiers: LigneFile[]; moi: string; maintenant: Date }) {
  return (
    <ol className="space-y-4">
      {dossiers.map((d) => {
        const titre = `titre-dossier-${d.id}`;
        const famille = nomDeFamille(d.foyer.responsables);
        return (
          <li key={d.id}>
            <article aria-labelledby={titre} className="rounded-lg border border-bordure bg-white p-4 space-y-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={titre} className="text-lg font-bold">
                  <Link href={`/agent/dossiers/${d.id}`} className="text-primaire underline underline-offset-4">
                    {famille}
                  </Link>
                </h3>
                <EtiquetteStatut statut={d.statut} />
              </div>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">Reçu le</dt>
                <dd>
                  {formaterDateHeure(d.creeLe)} (en attente depuis {anciennete(d.creeLe, maintenant)})
                </dd>
                <dt className="font-semibold">Motifs</dt>
                <dd>{d.raisons.map((r) => LIBELLES_RAISON[r]).join(" ; ") || "—"}</dd>
                {d.demande && (
                  <>
                    <dt className="font-semibold">Demande</dt>
                    <dd>
                      {d.demande.anneeScolaire.libelle}, {d.demande._count.inscriptions} inscription
                      {d.demande._count.inscriptions > 1 ? "s" : ""}
                      {d.foyer.enfants.length > 0 && ` (${d.foyer.enfants.map((e) => e.prenom).join(", ")})`}
                    </dd>
                  </>
                )}
                {d.attenduFamille && (
                  <>
                    <dt className="font-semibold">Attendu de la famille</dt>
                    <dd>{d.attenduFamille}</dd>
                  </>
                )}
                <dt className="font-semibold">Agent</dt>
                <dd>
                  <Attribution d={d} moi={moi} />
                </dd>
              </dl>
              {!d.agentId && estOuvert(d.statut) && (
                <FormulaireBouton action={prendreDossierAction} champs={{ dossierId: d.id }} variante="secondaire">
                  Prendre<span className="sr-only"> le dossier : {famille}</span>
                </FormulaireBouton>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
