import type { Metadata } from "next";

import { IdentiteCertifiee } from "@/components/comptes/identite-certifiee";
import { Bouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Champ } from "@/components/ui/champ";
import { Formulaire } from "@/components/ui/formulaire";
import { ListeDeroulante } from "@/components/ui/liste-deroulante";
import { TitrePage } from "@/components/ui/titre-page";
import { lireMonIdentite } from "@/lib/comptes/identite.query";
import { enregistrerSecondResponsable } from "@/lib/foyers/enregistrer-second-responsable.action";
import { assurerFoyer } from "@/lib/foyers/foyer.mutation";
import { lireMonFoyer } from "@/lib/foyers/foyer.query";
import { modifierCoordonnees } from "@/lib/foyers/modifier-coordonnees.action";
import { retirerSecondResponsable } from "@/lib/foyers/retirer-second-responsable.action";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mon foyer" };

export default async function MonFoyer() {
  const session = await exigerRole(["citoyen"], "/espace/foyer");
  const base = await db();
  await assurerFoyer(base, session.compte.id);
  const [foyer, identite] = await Promise.all([
    lireMonFoyer(base, session.compte.id),
    lireMonIdentite(base, session.compte.id),
  ]);
  const second = foyer?.responsables.find((r) => r.rang === 2);
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les responsables légaux et les coordonnées de votre foyer.">Mon foyer</TitrePage>
      <IdentiteCertifiee identite={identite} />

      <section aria-labelledby="titre-coordonnees" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
        <h2 id="titre-coordonnees" className="text-xl font-bold">
          Coordonnées du foyer
        </h2>
        <p className="text-sm text-attenue">Les champs sans mention « facultatif » sont obligatoires.</p>
        <Formulaire action={modifierCoordonnees} className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Champ
              nom="adresse1"
              libelle="Adresse (numéro et voie)"
              autoComplete="address-line1"
              valeurParDefaut={foyer?.adresse1 ?? ""}
              required
            />
          </div>
          <div className="sm:col-span-2">
            <Champ
              nom="adresse2"
              libelle="Complément d'adresse (facultatif)"
              autoComplete="address-line2"
              valeurParDefaut={foyer?.adresse2 ?? ""}
            />
          </div>
          <Champ
            nom="codePostal"
            libelle="Code postal"
            inputMode="numeric"
            autoComplete="postal-code"
            aide="5 chiffres"
            valeurParDefaut={foyer?.codePostal ?? ""}
            required
          />
          <Champ
            nom="commune"
            libelle="Commune"
            autoComplete="address-level2"
            valeurParDefaut={foyer?.commune ?? ""}
            required
          />
          <Champ
            nom="telephone"
            libelle="Téléphone (facultatif)"
            type="tel"
            autoComplete="tel"
            aide="Exemple : 06 12 34 56 78"
            valeurParDefaut={foyer?.telephone ?? ""}
          />
          <Champ
            nom="emailContact"
            libelle="Adresse électronique de contact (facultatif)"
            type="email"
            autoComplete="email"
            aide="Pour les notifications de vos demandes"
            valeurParDefaut={foyer?.emailContact ?? ""}
          />
          <div className="sm:col-span-2">
            <Bouton>Enregistrer les coordonnées</Bouton>
          </div>
        </Formulaire>
      </section>

      <section aria-labelledby="titre-second" className="rounded-lg border border-bordure bg-white p-5 space-y-4">
        <h2 id="titre-second" className="text-xl font-bold">
          Second responsable légal
        </h2>
        <p>
          Si l&apos;autre parent déclare ses revenus séparément (parents non mariés ni pacsés), ses données fiscales
          sont aussi nécessaires au calcul du tarif : il pourra les autoriser lui-même, avec FranceConnect.
        </p>
        <Formulaire action={enregistrerSecondResponsable} className="grid gap-4 sm:grid-cols-2">
          <Champ nom="prenoms" libelle="Prénom(s)" valeurParDefaut={second?.prenoms ?? ""} required />
          <Champ nom="nom" libelle="Nom" valeurParDefaut={second?.nom ?? ""} required />
          <Champ
            nom="dateNaissance"
            libelle="Date de naissance"
            type="date"
            valeurParDefaut={second?.dateNaissance ?? ""}
            required
          />
          <Champ
            nom="email"
            libelle="Adresse électronique (facultatif)"
            type="email"
            aide="Pour lui envoyer le lien d'autorisation"
            valeurParDefaut={second?.email ?? ""}
          />
          <Champ
            nom="telephone"
            libelle="Téléphone (facultatif)"
            type="tel"
            valeurParDefaut={second?.telephone ?? ""}
          />
          <ListeDeroulante
            nom="foyerFiscalDistinct"
            libelle="Déclare-t-il ses revenus séparément ?"
            options={[
              { valeur: "non", libelle: "Non : même déclaration de revenus que moi (mariés ou pacsés)" },
              { valeur: "oui", libelle: "Oui : sa propre déclaration de revenus" },
            ]}
            valeurParDefaut={second ? (second.foyerFiscalDistinct ? "oui" : "non") : ""}
            required
          />
          <div className="sm:col-span-2">
            <Bouton>{second ? "Mettre à jour" : "Ajouter le second responsable"}</Bouton>
          </div>
        </Formulaire>
        {second && (
          <Formulaire action={retirerSecondResponsable}>
            <CaseACocher
              nom="confirmation"
              libelle={`Je confirme retirer ${second.prenoms} ${second.nom} du foyer`}
              required
            />
            <Bouton variante="danger">Retirer le second responsable</Bouton>
          </Formulaire>
        )}
      </section>
    </div>
  );
}
