// The preview calculator: a GET form (a question, not a change) read by the server page, so it works without
// JavaScript and the result can be bookmarked. It simulates a family — a typed quotient, or revenue and parts as on a
// tax notice, or a QF CAF — and prices it with the engine exactly as a family would be priced, showing the explanation
// with the family's own component.
import { z } from "zod";

import { ExplicationTarifDetail } from "@/components/espace/explication-tarif";
import { Bouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Champ } from "@/components/ui/champ";
import { Choix } from "@/components/ui/choix";
import { EtatFormulaireFourni } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import type { EtatFormulaire } from "@/lib/server/etat-formulaire";
import { apercuTarif } from "@/lib/tarifs/domain/apercu";
import type { DefinitionGrille } from "@/lib/tarifs/domain/definition.schema";
import { formaterPrix, LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { apercuSaisie } from "@/lib/tarifs/schemas";

type Parametres = Record<string, string | string[] | undefined>;

const CHAMPS = [
  "donnees",
  "quotient",
  "revenu",
  "parts",
  "qfCaf",
  "residence",
  "allocataireCaf",
  "rangFratrie",
  "pai",
  "frequence",
] as const;

function calculer(definition: DefinitionGrille, p: Parametres) {
  const valeurs = Object.fromEntries(CHAMPS.flatMap((k) => (typeof p[k] === "string" ? [[k, p[k]]] : [])));
  if (p.calculer === undefined) return { etat: { statut: "inactif" } as EtatFormulaire, resultat: null };
  const lu = apercuSaisie.safeParse(valeurs);
  if (!lu.success) {
    const erreurs = z.flattenError(lu.error).fieldErrors as Record<string, string[]>;
    return { etat: { statut: "erreur", erreurs, valeurs } as EtatFormulaire, resultat: null };
  }
  return { etat: { statut: "succes", valeurs } as EtatFormulaire, resultat: apercuTarif(definition, lu.data) };
}

export function CalculateurApercu({
  definition,
  action,
  parametres,
}: {
  definition: DefinitionGrille;
  action: string;
  parametres: Parametres;
}) {
  const { etat, resultat } = calculer(definition, parametres);
  const periode = definition.quotient.periode === "mensuel" ? "par mois" : "par an";
  const revenu =
    definition.quotient.revenu === "rfr" ? "Revenu fiscal de référence (€ par an)" : "Revenu imposable (€ par an)";
  return (
    <div className="space-y-4">
      <form method="get" action={`${action}#apercu`} className="space-y-4" noValidate>
        <EtatFormulaireFourni etat={etat}>
          <Choix
            nom="donnees"
            legende="Revenus de la famille simulée"
            aide="Remplissez les champs du choix retenu ; les autres sont ignorés."
            options={[
              { valeur: "quotient", libelle: "Un quotient familial déjà calculé" },
              { valeur: "fiscal", libelle: "Un revenu et un nombre de parts (avis d'imposition)" },
              { valeur: "caf", libelle: "Un quotient familial CAF (allocataire)" },
              { valeur: "aucune", libelle: "Aucune donnée de revenus (consentement refusé)" },
            ]}
            valeursParDefaut={["quotient"]}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Champ
              nom="quotient"
              libelle={`Quotient familial (€ ${periode})`}
              aide="Vide : aucune donnée de revenus."
              inputMode="decimal"
              autoComplete="off"
            />
            <Champ nom="revenu" libelle={revenu} aide="En euros entiers." inputMode="numeric" autoComplete="off" />
            <Champ
              nom="parts"
              libelle="Nombre de parts fiscales"
              aide="Par exemple 2,5."
              inputMode="decimal"
              autoComplete="off"
            />
            <Champ
              nom="qfCaf"
              libelle="Quotient CAF (€ par mois)"
              aide="Cochez aussi « Allocataire CAF »."
              inputMode="decimal"
              autoComplete="off"
            />
            <ListeDeroulante
              vide={null}
              nom="residence"
              libelle="Résidence"
              options={[
                { valeur: "resident", libelle: "Résident du territoire" },
                { valeur: "non_resident", libelle: "Non-résident" },
                { valeur: "a_verifier", libelle: "Adresse à vérifier par un agent" },
              ]}
            />
            <Champ
              nom="rangFratrie"
              type="number"
              min={1}
              max={20}
              libelle="Rang de l'enfant dans la fratrie"
              valeurParDefaut="1"
            />
            <ListeDeroulante
              vide={null}
              nom="frequence"
              libelle="Fréquentation"
              options={[
                { valeur: "reguliere", libelle: "Régulière" },
                { valeur: "occasionnelle", libelle: "Occasionnelle" },
              ]}
            />
            <CaseACocher nom="allocataireCaf" libelle="Allocataire CAF" coche={parametres.allocataireCaf === "oui"} />
            <CaseACocher nom="pai" libelle="PAI (repas fourni par la famille)" coche={parametres.pai === "oui"} />
          </div>
          <Bouton name="calculer" value="1" variante="secondaire">
            Calculer le tarif
          </Bouton>
        </EtatFormulaireFourni>
      </form>
      {etat.statut === "erreur" && (
        <p className="font-semibold text-erreur">Corrigez les champs signalés pour calculer le tarif.</p>
      )}
      {resultat && (
        <div id="apercu-resultat" className="rounded-md border-2 border-primaire bg-primaire-clair p-4">
          <p className="text-2xl font-bold">
            Tarif : {formaterPrix(resultat.montantCentimes)} {LIBELLES_UNITE[resultat.unite].par}
          </p>
          <p className="mt-2">Ce que la famille verrait avec ce tarif :</p>
          <ExplicationTarifDetail explication={resultat.explication} ouvert />
        </div>
      )}
    </div>
  );
}
