import { formaterDateHeure } from "@/lib/format";
import type { EvenementChronologie, GenreEvenement } from "@/lib/instruction/domain/chronologie";

const GENRES: Record<GenreEvenement, string> = {
  dossier: "Dossier",
  consentement: "Consentement",
  appel: "Appel amont",
  instantane: "Données fiscales",
  document: "Pièce",
  decision: "Décision",
  message: "Message",
  audit: "Journal",
};

export function ChronologieDossier({ evenements }: { evenements: EvenementChronologie[] }) {
  return (
    <ol className="space-y-3 border-l-4 border-primaire-clair pl-4">
      {evenements.map((e) => (
        <li key={e.cle}>
          <p className="text-sm text-attenue">
            <time dateTime={e.date.toISOString()}>{formaterDateHeure(e.date)}</time> · {GENRES[e.genre]}
            {e.auteur && ` · ${e.auteur}`}
          </p>
          <p className="font-semibold">{e.titre}</p>
          {e.details.length > 0 && (
            <ul className="text-sm">
              {e.details.map((d, n) => (
                <li key={n} className="whitespace-pre-line break-words">
                  {d}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
