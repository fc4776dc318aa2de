// Who the family is: legal guardians (certified identity or not, numéro fiscal known or not), address, children.
import { formaterDate } from "@/lib/format";
import type { DossierDetaille } from "@/lib/instruction/dossier.query";

function age(naissance: Date, maintenant: Date): number {
  const a = maintenant.getUTCFullYear() - naissance.getUTCFullYear();
  const avantAnniversaire =
    maintenant.getUTCMonth() < naissance.getUTCMonth() ||
    (maintenant.getUTCMonth() === naissance.getUTCMonth() && maintenant.getUTCDate() < naissance.getUTCDate());
  return avantAnniversaire ? a - 1 : a;
}

export function ResumeFamille({ foyer, maintenant }: { foyer: DossierDetaille["foyer"]; maintenant: Date }) {
  const adresse = [foyer.adresse1, foyer.adresse2, [foyer.codePostal, foyer.commune].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="space-y-4">
      <ul className="grid gap-4 md:grid-cols-2">
        {foyer.responsables.map((r) => (
          <li key={r.id} className="rounded-lg border border-bordure bg-white p-4">
            <h3 className="font-bold">
              {r.prenoms} {r.nom}{" "}
              <span className="font-normal text-attenue">
                ({r.rang === 1 ? "titulaire du compte" : "second responsable"})
              </span>
            </h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              {r.dateNaissance && (
                <>
                  <dt className="font-semibold">Né(e) le</dt>
                  <dd>{formaterDate(r.dateNaissance)}</dd>
                </>
              )}
              <dt className="font-semibold">Identité</dt>
              <dd>{r.identiteCertifiee ? "certifiée (FranceConnect)" : "déclarée"}</dd>
              <dt className="font-semibold">Numéro fiscal</dt>
              <dd>{r.numeroFiscal ? `connu, ${r.numeroFiscal}` : "inconnu"}</dd>
              {r.foyerFiscalDistinct && (
                <>
                  <dt className="font-semibold">Foyer fiscal</dt>
                  <dd>distinct (déclare séparément)</dd>
                </>
              )}
              {r.email && (
                <>
                  <dt className="font-semibold">Courriel</dt>
                  <dd className="break-all">{r.email}</dd>
                </>
              )}
              {r.telephone && (
                <>
                  <dt className="font-semibold">Téléphone</dt>
                  <dd>{r.telephone}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Adresse déclarée</dt>
        <dd>{adresse || "non renseignée"}</dd>
        {(foyer.emailContact || foyer.telephone) && (
          <>
            <dt className="font-semibold">Contact du foyer</dt>
            <dd className="break-all">{[foyer.emailContact, foyer.telephone].filter(Boolean).join(" · ")}</dd>
          </>
        )}
      </dl>
      <h3 className="font-bold">Enfants</h3>
      {foyer.enfants.length === 0 ? (
        <p>Aucun enfant enregistré.</p>
      ) : (
        <ul className="list-disc pl-6 space-y-1">
          {foyer.enfants.map((e) => (
            <li key={e.id}>
              {e.prenom} {e.nom}, né(e) le {formaterDate(e.dateNaissance)} ({age(e.dateNaissance, maintenant)} ans)
              {e.ecole && `, ${e.ecole.nom}`}
              {e.niveau && `, ${e.niveau}`}
              {e.pai && ", PAI (repas fourni par la famille)"}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
