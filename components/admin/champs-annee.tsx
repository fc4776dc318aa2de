import { Champ } from "@/components/ui/champ";

export function ChampsAnnee({ libelle, debut, fin }: { libelle?: string; debut?: string; fin?: string }) {
  return (
    <>
      <Champ
        nom="libelle"
        libelle="Année scolaire"
        aide="Deux années civiles : 2026-2027."
        valeurParDefaut={libelle}
        autoComplete="off"
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Champ nom="debut" type="date" libelle="Rentrée" aide="Format AAAA-MM-JJ" valeurParDefaut={debut} required />
        <Champ nom="fin" type="date" libelle="Fin des cours" aide="Format AAAA-MM-JJ" valeurParDefaut={fin} required />
      </div>
    </>
  );
}

/** A calendar date (DATE column, 00:00 UTC) as an <input type="date"> value. */
export const jourIso = (d: Date) => d.toISOString().slice(0, 10);
