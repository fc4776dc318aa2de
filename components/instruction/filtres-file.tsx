// The queue's filters: a GET form (no JavaScript needed, the URL can be bookmarked or sent to a colleague).
import Link from "next/link";

import { Bouton } from "@/components/ui/bouton";
import type { FiltresFile } from "@/lib/instruction/domain/filtres-file";
import { RAISONS_DOSSIER, STATUTS_DOSSIER } from "@/lib/instruction/domain/statuts";
import { LIBELLES_RAISON, LIBELLES_STATUT_DOSSIER } from "@/lib/instruction/libelles";

const classes = "mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base";

function Choix({
  nom,
  libelle,
  valeur,
  options,
}: {
  nom: string;
  libelle: string;
  valeur: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={`filtre-${nom}`} className="block font-semibold">
        {libelle}
      </label>
      <select id={`filtre-${nom}`} name={nom} defaultValue={valeur} className={classes}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FiltresDeLaFile({
  filtres,
  annees,
}: {
  filtres: FiltresFile;
  annees: { id: string; libelle: string }[];
}) {
  return (
    <form
      method="get"
      action="/agent"
      role="search"
      aria-label="Filtrer les dossiers"
      className="rounded-lg border border-bordure bg-white p-4 space-y-4"
    >
      <div>
        <label htmlFor="filtre-recherche" className="block font-semibold">
          Nom de famille
        </label>
        <p id="filtre-recherche-aide" className="text-sm text-attenue">
          Nom ou prénom d&apos;un responsable, ou nom d&apos;un enfant.
        </p>
        <input
          id="filtre-recherche"
          name="recherche"
          type="search"
          defaultValue={filtres.recherche ?? ""}
          maxLength={100}
          aria-describedby="filtre-recherche-aide"
          className={classes}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Choix
          nom="statut"
          libelle="Statut"
          valeur={filtres.statut}
          options={[
            ["ouverts", "Tous les dossiers ouverts"],
            ...STATUTS_DOSSIER.map((s): [string, string] => [s, LIBELLES_STATUT_DOSSIER[s]]),
          ]}
        />
        <Choix
          nom="raison"
          libelle="Motif"
          valeur={filtres.raison ?? ""}
          options={[["", "Tous les motifs"], ...RAISONS_DOSSIER.map((r): [string, string] => [r, LIBELLES_RAISON[r]])]}
        />
        <Choix
          nom="attribution"
          libelle="Attribution"
          valeur={filtres.attribution}
          options={[
            ["tous", "Tous"],
            ["moi", "Mes dossiers"],
            ["non_attribues", "Non attribués"],
          ]}
        />
        <Choix
          nom="annee"
          libelle="Année scolaire"
          valeur={filtres.anneeScolaireId ?? ""}
          options={[["", "Toutes les années"], ...annees.map((a): [string, string] => [a.id, a.libelle])]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Bouton>Filtrer</Bouton>
        <Link href="/agent" className="text-primaire underline underline-offset-4">
          Effacer les filtres
        </Link>
      </div>
    </form>
  );
}
