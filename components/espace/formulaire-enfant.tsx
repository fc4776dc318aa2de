import { Bouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { LIBELLES_NIVEAU, NIVEAUX } from "@/lib/enfants/schemas";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";

type Enfant = {
  id: string;
  prenom: string;
  nom: string;
  dateNaissance: Date;
  niveau: string | null;
  pai: boolean;
  ecoleId: string | null;
};

export function FormulaireEnfant({
  action,
  ecoles,
  enfant,
  libelleBouton,
}: {
  action: (e: EtatFormulaire, f: FormData) => Promise<EtatFormulaire>;
  ecoles: { id: string; nom: string; commune: { nom: string } }[];
  enfant?: Enfant;
  libelleBouton: string;
}) {
  return (
    <Formulaire action={action} className="grid gap-4 sm:grid-cols-2">
      {enfant && <input type="hidden" name="enfantId" value={enfant.id} />}
      <Champ nom="prenom" libelle="Prénom" valeurParDefaut={enfant?.prenom} required />
      <Champ nom="nom" libelle="Nom" valeurParDefaut={enfant?.nom} required />
      <Champ
        nom="dateNaissance"
        libelle="Date de naissance"
        type="date"
        valeurParDefaut={enfant?.dateNaissance.toISOString().slice(0, 10)}
        required
      />
      <ListeDeroulante
        nom="ecoleId"
        libelle="École"
        options={ecoles.map((e) => ({ valeur: e.id, libelle: `${e.nom} (${e.commune.nom})` }))}
        valeurParDefaut={enfant?.ecoleId ?? ""}
        required
      />
      <ListeDeroulante
        nom="niveau"
        libelle="Classe"
        options={NIVEAUX.map((n) => ({ valeur: n, libelle: LIBELLES_NIVEAU[n] }))}
        valeurParDefaut={enfant?.niveau ?? ""}
        required
      />
      <div className="sm:col-span-2">
        <CaseACocher
          nom="pai"
          libelle="Mon enfant a un projet d'accueil individualisé (PAI) ou une allergie alimentaire"
          aide="Aucun détail médical n'est demandé ici : l'équipe de restauration vous contactera. Un repas fourni par la famille peut avoir un tarif particulier."
          coche={enfant?.pai}
        />
      </div>
      <div className="sm:col-span-2">
        <Bouton>{libelleBouton}</Bouton>
      </div>
    </Formulaire>
  );
}
