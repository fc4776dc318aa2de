// French labels of the journal's most frequent actions; any other action is shown by its code.
const LIBELLES: Record<string, string> = {
  "lecture.file": "Lecture de la file des dossiers",
  "lecture.dossier": "Lecture d'un dossier",
  "lecture.export": "Export",
  "document.telecharge": "Téléchargement d'une pièce",
  connexion: "Connexion",
  "dossier.prendre": "Dossier pris en charge",
  "dossier.liberer": "Dossier remis dans la file",
  "dossier.valider": "Dossier validé",
  "dossier.rejeter": "Dossier rejeté",
  "dossier.message": "Message à la famille",
  "dossier.demander_famille": "Demande à la famille",
  "dossier.relancer_api": "Appel à la DGFiP relancé",
  "dossier.saisie_fiscale": "Données fiscales saisies",
  "collectivite.modifier": "Collectivité modifiée",
};

export function libelleAction(action: string): string {
  return LIBELLES[action] ?? action;
}
