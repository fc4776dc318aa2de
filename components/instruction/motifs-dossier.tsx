// Why the dossier is here, in plain French, with what usually settles each reason; and what the family was asked.
import type { RaisonDossier } from "@/lib/instruction/domain/statuts";
import { CONSEILS_RAISON, LIBELLES_RAISON } from "@/lib/instruction/libelles";

export function MotifsDossier({
  raisons,
  attenduFamille,
}: {
  raisons: RaisonDossier[];
  attenduFamille: string | null;
}) {
  return (
    <div className="space-y-3">
      {raisons.length === 0 ? (
        <p>Aucun motif enregistré.</p>
      ) : (
        <ul className="space-y-2">
          {raisons.map((r) => (
            <li key={r} className="rounded-lg border-l-4 border-primaire bg-white p-3">
              <p className="font-bold">{LIBELLES_RAISON[r]}</p>
              <p>{CONSEILS_RAISON[r]}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>Attendu de la famille :</strong> {attenduFamille ?? "rien pour le moment."}
      </p>
    </div>
  );
}
