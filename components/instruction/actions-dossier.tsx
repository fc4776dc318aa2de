// What an agent can do on an open dossier, in the order the work is usually done: obtain the tax data, talk to
// the family, decide. A dossier held by a colleague shows who holds it instead (an admin may release it).
import { Alerte } from "@/components/ui/alerte";
import { formaterDate } from "@/lib/format";
import { LIBELLES_TYPE_DOCUMENT } from "@/lib/instruction/domain/chronologie";
import { estOuvert } from "@/lib/instruction/domain/statuts";
import type { DossierDetaille } from "@/lib/instruction/dossier.query";
import { libererDossierAction } from "@/lib/instruction/liberer-dossier.action";
import { bornesAnneeRevenus } from "@/lib/instruction/schemas";
import type { SessionUtilisateur } from "@/lib/server/session";
import { FormulaireBouton } from "./formulaire-bouton";
import { FormulaireRejet, FormulaireValidation } from "./formulaire-decision";
import { FormulaireDemandeFamille, FormulaireMessage } from "./formulaire-echange";
import { FormulaireNouvelleAutorisation, FormulaireRelance } from "./formulaire-relance";
import { FormulaireSaisieFiscale } from "./formulaire-saisie-fiscale";

const carte = "rounded-lg border border-bordure bg-white p-4 space-y-4";

export function ActionsDossier({
  dossier,
  session,
  maintenant,
}: {
  dossier: DossierDetaille;
  session: SessionUtilisateur;
  maintenant: Date;
}) {
  if (!estOuvert(dossier.statut))
    return (
      <p>Ce dossier est clos : il n&apos;accepte plus de décision. Sa chronologie reste consultable ci-dessous.</p>
    );
  if (dossier.agent && dossier.agentId !== session.compte.id) {
    return (
      <div className="space-y-3">
        <Alerte type="attention" titre={`Dossier pris en charge par ${dossier.agent.nom}`}>
          Seul l&apos;agent qui l&apos;a pris peut agir ; demandez-lui de le remettre dans la file.
        </Alerte>
        {session.compte.role === "admin" && (
          <FormulaireBouton action={libererDossierAction} champs={{ dossierId: dossier.id }} variante="secondaire">
            Remettre le dossier dans la file
          </FormulaireBouton>
        )}
      </div>
    );
  }
  const declarants = dossier.foyer.responsables.map((r) => ({
    id: r.id,
    libelle: `${r.prenoms} ${r.nom}`,
    numeroFiscal: r.numeroFiscal,
  }));
  const { min, max } = bornesAnneeRevenus(maintenant);
  const annees = Array.from({ length: max - min + 1 }, (_, n) => max - n);
  const documents = dossier.foyer.documents.map((d) => ({
    id: d.id,
    libelle: `${LIBELLES_TYPE_DOCUMENT[d.type]} : ${d.nomFichier} (${formaterDate(d.creeLe)})`,
  }));
  return (
    <div className="space-y-6">
      <section aria-labelledby="titre-obtenir" className={carte}>
        <h3 id="titre-obtenir" className="text-lg font-bold">
          Obtenir les données fiscales
        </h3>
        {dossier.reprise.avertissement && <Alerte type="attention">{dossier.reprise.avertissement}</Alerte>}
        <h4 className="font-bold">Interroger la DGFiP avec le numéro fiscal</h4>
        <FormulaireRelance dossierId={dossier.id} declarants={declarants} />
        {dossier.reprise.nouvelleAutorisation && (
          <>
            <h4 className="font-bold">Demander une nouvelle autorisation FranceConnect</h4>
            <p className="text-sm text-attenue">La famille reçoit un message type et le dossier attend sa réponse.</p>
            <FormulaireNouvelleAutorisation dossierId={dossier.id} />
          </>
        )}
        <h4 className="font-bold">Saisir les données d&apos;après un justificatif</h4>
        {documents.length === 0 ? (
          <p>Aucune pièce déposée : demandez d&apos;abord un justificatif à la famille.</p>
        ) : (
          <FormulaireSaisieFiscale dossierId={dossier.id} options={{ declarants, documents, annees }} />
        )}
      </section>
      <section aria-labelledby="titre-echanger" className={carte}>
        <h3 id="titre-echanger" className="text-lg font-bold">
          Échanger avec la famille
        </h3>
        <h4 className="font-bold">Demander quelque chose</h4>
        <FormulaireDemandeFamille dossierId={dossier.id} />
        <h4 className="font-bold">Envoyer un message</h4>
        <FormulaireMessage dossierId={dossier.id} />
      </section>
      <section aria-labelledby="titre-decider" className={carte}>
        <h3 id="titre-decider" className="text-lg font-bold">
          Décider
        </h3>
        <h4 className="font-bold">Valider</h4>
        <p className="text-sm text-attenue">
          Les inscriptions en attente sont validées (leurs places sont déjà réservées) ; celles en liste d&apos;attente
          y restent. Les prix sont recalculés avec la grille publiée si de nouvelles données fiscales ont été
          enregistrées, ou si vous tranchez la résidence.
        </p>
        <FormulaireValidation dossierId={dossier.id} />
        <h4 className="font-bold">Rejeter</h4>
        <p className="text-sm text-attenue">
          Les inscriptions en attente sont refusées et leurs places rendues à l&apos;activité.
        </p>
        <FormulaireRejet dossierId={dossier.id} />
      </section>
    </div>
  );
}
