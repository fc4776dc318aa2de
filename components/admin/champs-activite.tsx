import { Champ } from "@/components/ui/champ";
import { ChampTexteLong } from "@/components/ui/champ-texte-long";
import { Choix } from "@/components/ui/choix";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { JOURS, LIBELLES_TYPE_ACTIVITE, TYPES_ACTIVITE } from "@/lib/activites/schemas";
import { versSaisieHeureDeParis } from "@/lib/commun/champs-formulaire";
import { UNITES_VENTE } from "@/lib/tarifs/domain/definition.schema";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

export interface ActiviteEditee {
  nom: string;
  description: string | null;
  type: string;
  ecole: { id: string } | null;
  jours: number[];
  uniteVente: string;
  capacite: number;
  placesReservees: number;
  ouvertureInscriptions: Date | null;
  fermetureInscriptions: Date | null;
}

const majuscule = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fields of an activity, for creation and edition (the school year is chosen at creation only). */
export function ChampsActivite({
  ecoles,
  activite,
}: {
  ecoles: { id: string; nom: string }[];
  activite?: ActiviteEditee;
}) {
  const a = activite;
  return (
    <>
      <Champ
        nom="nom"
        libelle="Nom de l'activité"
        aide="Tel que les familles le verront, par exemple « Accueil du soir — École Jean-Moulin »."
        valeurParDefaut={a?.nom}
        autoComplete="off"
        required
      />
      <ChampTexteLong
        nom="description"
        libelle="Description (facultative)"
        valeurParDefaut={a?.description ?? undefined}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <ListeDeroulante
          vide={null}
          nom="type"
          libelle="Type"
          options={TYPES_ACTIVITE.map((t) => ({ valeur: t, libelle: LIBELLES_TYPE_ACTIVITE[t] }))}
          valeurParDefaut={a?.type}
        />
        <ListeDeroulante
          vide={null}
          nom="ecoleId"
          libelle="École"
          options={[
            { valeur: "", libelle: "Aucune (activité commune à tout le territoire)" },
            ...ecoles.map((e) => ({ valeur: e.id, libelle: e.nom })),
          ]}
          valeurParDefaut={a?.ecole?.id ?? ""}
        />
      </div>
      <Choix
        nom="jours"
        legende="Jours"
        multiple
        enLigne
        options={JOURS.map((j, i) => ({ valeur: String(i + 1), libelle: majuscule(j) }))}
        valeursParDefaut={(a?.jours ?? [1, 2, 4, 5]).map(String)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <ListeDeroulante
          vide={null}
          nom="uniteVente"
          libelle="Unité de vente"
          aide="La grille tarifaire donne un prix par unité."
          options={UNITES_VENTE.map((u) => ({ valeur: u, libelle: majuscule(LIBELLES_UNITE[u].nom) }))}
          valeurParDefaut={a?.uniteVente ?? "repas"}
        />
        <Champ
          nom="capacite"
          type="number"
          min={0}
          libelle="Capacité (places)"
          aide={a ? `${a.placesReservees} place(s) déjà réservée(s).` : undefined}
          valeurParDefaut={a ? String(a.capacite) : undefined}
          required
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Période d&apos;inscription (heure de Paris, facultative)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Champ
            nom="ouvertureInscriptions"
            type="datetime-local"
            libelle="Ouverture"
            valeurParDefaut={a?.ouvertureInscriptions ? versSaisieHeureDeParis(a.ouvertureInscriptions) : undefined}
          />
          <Champ
            nom="fermetureInscriptions"
            type="datetime-local"
            libelle="Fermeture"
            valeurParDefaut={a?.fermetureInscriptions ? versSaisieHeureDeParis(a.fermetureInscriptions) : undefined}
          />
        </div>
      </fieldset>
    </>
  );
}
