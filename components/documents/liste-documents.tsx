import type { DocumentListe } from "@/lib/documents/documents.query";
import { formaterTaille } from "@/lib/documents/domain/taille";
import { LIBELLES_TYPE_DOCUMENT } from "@/lib/documents/schemas";
import { formaterDate } from "@/lib/format";

const FORMATS: Record<string, string> = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG" };

/** Documents of a household, each downloadable (as an attachment) through the checked download route. */
export function ListeDocuments({
  documents,
  titre = "Pièces déposées",
  niveauTitre = 2,
}: {
  documents: DocumentListe[];
  titre?: string;
  niveauTitre?: 2 | 3;
}) {
  const Titre = niveauTitre === 2 ? "h2" : "h3";
  return (
    <section className="space-y-3">
      <Titre className="text-xl font-bold">{titre}</Titre>
      {documents.length === 0 ? (
        <p>Aucune pièce déposée pour le moment.</p>
      ) : (
        <ul className="divide-y divide-bordure rounded-lg border border-bordure bg-white">
          {documents.map((d) => (
            <li key={d.id} className="p-4 space-y-1">
              <p className="font-semibold">{LIBELLES_TYPE_DOCUMENT[d.type]}</p>
              <p className="break-all">
                <a className="text-primaire underline underline-offset-4" href={`/api/documents/${d.id}`} download>
                  Télécharger {d.nomFichier}
                </a>{" "}
                <span className="text-attenue">
                  ({FORMATS[d.typeMime] ?? d.typeMime}, {formaterTaille(d.taille)})
                </span>
              </p>
              <p className="text-sm text-attenue">
                Déposée le {formaterDate(d.creeLe)} · conservée jusqu&apos;au {formaterDate(d.expireLe)} au plus tard
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
