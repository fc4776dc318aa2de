// The foyer's tax data on file (still within retention) with its source and income year, and the documents the
// family uploaded. The agent needs the figures to decide; they are shown here and nowhere else.
import { PeriodesFiscales } from "@/components/instruction/periodes-fiscales";
import { Alerte } from "@/components/ui/alerte";
import { libelleAnneeRevenus } from "@/lib/fiscal/domain/annee-fiscale";
import { libelleSituationFamille } from "@/lib/fiscal/domain/situation-famille";
import { formaterDate, formaterDateHeure, formaterEurosEntiers } from "@/lib/format";
import { LIBELLES_SOURCE_FISCALE, LIBELLES_TYPE_DOCUMENT } from "@/lib/instruction/domain/chronologie";
import type { DossierDetaille } from "@/lib/instruction/dossier.query";

const majuscule = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function declarant(d: DossierDetaille["instantanes"][number]["declarants"][number]): string {
  const nom = [d.prenoms, d.nomUsage ?? d.nomNaissance].filter(Boolean).join(" ");
  const naissance = d.nomUsage && d.nomNaissance && d.nomUsage !== d.nomNaissance ? ` (né(e) ${d.nomNaissance})` : "";
  return `${nom}${naissance}${d.dateNaissance ? `, né(e) le ${formaterDate(d.dateNaissance)}` : ""}`;
}

/**
 * An answer held because nothing proves it is this family's (issue 10): said before the figures, with the identity
 * to compare the declarants against and what the decision does to the answer.
 */
function AVerifier({
  dossier,
  r,
}: {
  dossier: DossierDetaille;
  r: DossierDetaille["foyer"]["responsables"][number] | undefined;
}) {
  const motifs = [
    ...(r?.identiteCertifiee ? [] : ["compte sans identité certifiée par FranceConnect"]),
    ...(dossier.raisons.includes("identite_divergente") ? ["déclarants différents de l'identité connue"] : []),
  ];
  return (
    <Alerte type="attention" titre={`À vérifier : ${motifs.join(" ; ") || "identité du titulaire non vérifiée"}`}>
      <p>
        {r &&
          `${r.rang === 1 ? "Titulaire du compte" : "Second responsable légal"} : ${r.prenoms} ${r.nom}${r.dateNaissance ? `, né(e) le ${formaterDate(r.dateNaissance)}` : ""}, identité ${r.identiteCertifiee ? "certifiée (FranceConnect)" : "déclarée, non certifiée"}. `}
        Rien ne prouve que ces données sont celles de la famille : comparez les déclarants ci-dessous avec une pièce
        d&apos;identité ou l&apos;avis d&apos;imposition. Elles ne sont ni montrées à la famille ni utilisées pour un
        prix avant votre décision ; un rejet les efface.
      </p>
    </Alerte>
  );
}

export function DonneesFiscalesDossier({ dossier }: { dossier: DossierDetaille }) {
  const responsable = (id: string | null) => dossier.foyer.responsables.find((r) => r.id === id);
  return (
    <div className="space-y-4">
      {dossier.instantanes.length === 0 ? (
        <p>Aucune donnée fiscale enregistrée pour ce foyer.</p>
      ) : (
        <ul className="space-y-3">
          {dossier.instantanes.map((i) => {
            const r = responsable(i.responsableId);
            return (
              <li
                key={i.id}
                className={`rounded-lg border bg-white p-4 space-y-2 ${i.aVerifier ? "border-alerte border-2" : "border-bordure"}`}
              >
                {i.aVerifier && <AVerifier dossier={dossier} r={r} />}
                <h3 className="font-bold">
                  {majuscule(libelleAnneeRevenus(i.anneeRevenus, dossier.anneeAttendue, i.source))},{" "}
                  {LIBELLES_SOURCE_FISCALE[i.source]}
                  {r && (
                    <span className="font-normal">
                      {" "}
                      — foyer fiscal de {r.prenoms} {r.nom}
                    </span>
                  )}
                </h3>
                <PeriodesFiscales periodes={i.periodes} retenue={!i.situationsMultiples} />
                {i.situationsMultiples ? (
                  i.periodes.length === 0 && <p>Plusieurs situations dans l&apos;année : aucune donnée retenue.</p>
                ) : (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                    <dt className="font-semibold">Revenu fiscal de référence</dt>
                    <dd>{i.rfr === null ? "—" : formaterEurosEntiers(i.rfr)}</dd>
                    {i.revenuImposable !== null && (
                      <>
                        <dt className="font-semibold">Revenu imposable</dt>
                        <dd>{formaterEurosEntiers(i.revenuImposable)}</dd>
                      </>
                    )}
                    <dt className="font-semibold">Nombre de parts</dt>
                    <dd>{i.nbParts === null ? "—" : i.nbParts.toLocaleString("fr-FR")}</dd>
                    <dt className="font-semibold">Situation de famille</dt>
                    <dd>
                      {libelleSituationFamille(i.situationFamille)}
                      {i.parentIsole && ", parent isolé"}
                    </dd>
                    <dt className="font-semibold">Personnes à charge</dt>
                    <dd>{i.nbPersonnesCharge ?? "—"}</dd>
                    <dt className="font-semibold">Adresse fiscale</dt>
                    <dd>{i.adresseFiscale ?? "—"}</dd>
                    {i.declarants.length > 0 && (
                      <>
                        <dt className="font-semibold">Déclarants</dt>
                        <dd>{i.declarants.map(declarant).join(" ; ")}</dd>
                      </>
                    )}
                  </dl>
                )}
                <p className="mt-2 text-sm text-attenue">
                  Enregistrées le {formaterDateHeure(i.recupereLe)}
                  {i.saisiPar && ` par ${i.saisiPar}`}
                  {i.document && `, d'après « ${i.document.nomFichier} »`}.
                </p>
                {i.justification && <p className="mt-1 text-sm">Justification : {i.justification}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="font-bold">Pièces déposées</h3>
      {dossier.foyer.documents.length === 0 ? (
        <p>Aucune pièce déposée par la famille.</p>
      ) : (
        <ul className="list-disc pl-6 space-y-1">
          {dossier.foyer.documents.map((d) => (
            <li key={d.id}>
              {LIBELLES_TYPE_DOCUMENT[d.type]} : {d.nomFichier}, déposé le {formaterDate(d.creeLe)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
