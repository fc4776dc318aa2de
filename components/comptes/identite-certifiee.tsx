import { formaterDate } from "@/lib/format";

type Identite = {
  prenoms: string | null;
  nomNaissance: string | null;
  nomUsage: string | null;
  dateNaissance: string | null;
  sexe: string | null;
  identiteCertifiee: boolean;
};

/** The account holder's identity. When it comes from FranceConnect it is certified and shown read-only. */
export function IdentiteCertifiee({ identite }: { identite: Identite }) {
  const lignes: [string, string | null][] = [
    ["Prénoms", identite.prenoms],
    ["Nom de naissance", identite.nomNaissance],
    ["Nom d'usage", identite.nomUsage],
    ["Date de naissance", identite.dateNaissance ? formaterDate(identite.dateNaissance) : null],
    ["Sexe", identite.sexe === "female" ? "Féminin" : identite.sexe === "male" ? "Masculin" : null],
  ];
  return (
    <section aria-labelledby="titre-identite" className="rounded-lg border border-bordure bg-white p-5">
      <h2 id="titre-identite" className="text-xl font-bold">
        Mon identité
      </h2>
      {identite.identiteCertifiee ? (
        <p className="mt-1 text-sm text-succes font-semibold">
          Certifiée par FranceConnect (INSEE) — non modifiable ici
        </p>
      ) : (
        <p className="mt-1 text-sm text-attenue">Déclarée à la création du compte</p>
      )}
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {lignes
          .filter(([, v]) => v)
          .map(([libelle, valeur]) => (
            <div key={libelle}>
              <dt className="text-sm text-attenue">{libelle}</dt>
              <dd className="font-semibold">{valeur}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
