// The enrolments the family asked for: status, place, current price and, on demand, how it was computed (a
// native <details>: no JavaScript needed, keyboard-operable).
import type { DossierDetaille } from "@/lib/instruction/dossier.query";
import { LIBELLES_FREQUENCE, LIBELLES_STATUT_INSCRIPTION } from "@/lib/instruction/libelles";
import { expliquerEnFrancais } from "@/lib/tarifs/domain/explication-texte";
import { explicationTarif } from "@/lib/tarifs/domain/explication.schema";
import { formaterPrix, LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

type Inscription = NonNullable<DossierDetaille["demande"]>["inscriptions"][number];

function Prix({ i }: { i: Inscription }) {
  const t = i.tarifs[0];
  if (!t) return <p>Aucun prix fixé.</p>;
  const e = explicationTarif.safeParse(t.explication);
  return (
    <div>
      <p>
        <strong>
          {formaterPrix(t.montantCentimes)} {LIBELLES_UNITE[t.uniteVente].par}
        </strong>{" "}
        (grille version {t.versionGrille.numero})
      </p>
      {e.success && (
        <details className="mt-1">
          <summary className="cursor-pointer text-primaire underline underline-offset-4">
            Comment ce prix est calculé
          </summary>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {expliquerEnFrancais(e.data).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function InscriptionsDossier({ demande }: { demande: DossierDetaille["demande"] }) {
  if (!demande) return <p>Ce dossier n&apos;est lié à aucune demande d&apos;inscription.</p>;
  return (
    <div className="space-y-3">
      <p>
        Année scolaire {demande.anneeScolaire.libelle}
        {demande.voieTarification === "sans_tarification" &&
          " — la famille a choisi « sans tarification solidaire » (tarif le plus élevé)"}
        .
      </p>
      <ul className="space-y-3">
        {demande.inscriptions.map((i) => (
          <li key={i.id} className="rounded-lg border border-bordure bg-white p-4 space-y-1">
            <h3 className="font-bold">
              {i.enfant.prenom} {i.enfant.nom} : {i.activite.nom}
            </h3>
            <p>
              {LIBELLES_STATUT_INSCRIPTION[i.statut]}
              {i.statut === "liste_attente" && i.rangListeAttente !== null && ` (rang ${i.rangListeAttente})`},
              fréquentation {LIBELLES_FREQUENCE[i.frequence]}
            </p>
            <Prix i={i} />
          </li>
        ))}
      </ul>
    </div>
  );
}
