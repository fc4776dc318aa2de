import type { Metadata } from "next";
import { notFound } from "next/navigation";

import {
  libelleDerniereConnexion,
  libelleEtat,
  libelleRestriction,
  libelleRole,
  nomDuCompte,
} from "@/components/admin/comptes-libelles";
import { MessageFlash } from "@/components/admin/message-flash";
import { ReinitialiserSecondFacteur } from "@/components/admin/reinitialiser-second-facteur";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Choix } from "@/components/ui/choix";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { listerEcoles } from "@/lib/activites/ecoles.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable, type ParametresRecherche } from "@/lib/admin/parametres";
import { definirPerimetreAction } from "@/lib/comptes/definir-perimetre.action";
import { desactiverPersonnelAction } from "@/lib/comptes/desactiver-personnel.action";
import { imposerReinitialisationAction } from "@/lib/comptes/imposer-reinitialisation.action";
import { lirePersonnel } from "@/lib/comptes/personnel.query";
import { reactiverPersonnelAction } from "@/lib/comptes/reactiver-personnel.action";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { listerCommunes } from "@/lib/territoire/communes.query";

export const metadata: Metadata = { title: "Compte — Comptes et rôles — Administration" };

export default async function CompteDuPersonnel({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<ParametresRecherche>;
}) {
  const brut = (await params).id;
  const session = await exigerRole(["admin"], CHEMINS_ADMIN.compte(brut));
  const id = uuidOuIntrouvable(brut);
  const base = await db();
  const [c, communes, ecoles, parametres] = await Promise.all([
    lirePersonnel(base, id),
    listerCommunes(base),
    listerEcoles(base),
    searchParams,
  ]);
  if (!c) notFound();
  const soiMeme = c.id === session.compte.id;
  const champCompte = <input type="hidden" name="compteId" value={c.id} />;
  return (
    <div className="max-w-2xl space-y-8">
      <TitrePage chapo={c.email}>{nomDuCompte(c)}</TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          invite: () => "L'invitation est envoyée : le lien d'activation part par courriel.",
          desactive: () => "Le compte est désactivé : ses sessions sont fermées.",
          reactive: () => "Le compte est réactivé.",
          reinitialise: () => "Le mot de passe ne vaut plus : un lien pour en choisir un autre part par courriel.",
          perimetre: () => "La restriction est enregistrée.",
        }}
      />
      <Section id="resume" titre="Résumé">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Rôle</dt>
          <dd>{libelleRole(c)}</dd>
          <dt className="font-semibold">État</dt>
          <dd>{libelleEtat(c)}</dd>
          <dt className="font-semibold">Dernière connexion</dt>
          <dd>{libelleDerniereConnexion(c)}</dd>
          <dt className="font-semibold">Créé le</dt>
          <dd>{formaterDateHeure(c.creeLe)}</dd>
          <dt className="font-semibold">Restriction</dt>
          <dd>{libelleRestriction(c)}</dd>
        </dl>
      </Section>

      {c.role === "agent" && (
        <Section id="restriction" titre="Restreindre à des communes ou à des écoles">
          <p>
            Un agent restreint ne voit, ne télécharge et ne traite que les dossiers d&apos;une inscription à une
            activité de ces écoles (ou des écoles de ces communes), ou d&apos;un enfant qui y est scolarisé.
          </p>
          <Formulaire action={definirPerimetreAction}>
            {champCompte}
            <Choix
              nom="restreint"
              legende="Dossiers visibles"
              options={[
                { valeur: "tout", libelle: "Tous les dossiers du territoire" },
                { valeur: "restreint", libelle: "Seulement ceux des communes et écoles cochées" },
              ]}
              valeursParDefaut={[c.perimetreRestreint ? "restreint" : "tout"]}
            />
            {communes.length > 0 && (
              <Choix
                nom="communes"
                legende="Communes"
                multiple
                options={communes.map((x) => ({ valeur: x.codeInsee, libelle: `${x.nom} (${x.codeInsee})` }))}
                valeursParDefaut={c.communes.map((x) => x.codeInsee)}
              />
            )}
            {ecoles.length > 0 && (
              <Choix
                nom="ecoles"
                legende="Écoles"
                multiple
                options={ecoles.map((x) => ({ valeur: x.id, libelle: `${x.nom} (${x.commune.nom})` }))}
                valeursParDefaut={c.ecoles.map((x) => x.id)}
              />
            )}
            <Bouton>Enregistrer la restriction</Bouton>
          </Formulaire>
        </Section>
      )}

      <Section id="acces" titre="Accès">
        {c.desactiveLe ? (
          <Formulaire action={reactiverPersonnelAction}>
            {champCompte}
            <p>Réactivé, le compte peut de nouveau se connecter avec son mot de passe ou ProConnect.</p>
            <Bouton>Réactiver le compte</Bouton>
          </Formulaire>
        ) : soiMeme ? (
          <Alerte>Vous ne pouvez pas désactiver votre propre compte.</Alerte>
        ) : (
          <Formulaire action={desactiverPersonnelAction}>
            {champCompte}
            <p>Désactivé, le compte ne peut plus se connecter ; ses sessions en cours sont fermées aussitôt.</p>
            <Bouton variante="danger">Désactiver le compte</Bouton>
          </Formulaire>
        )}
        {!c.desactiveLe && (
          <Formulaire action={imposerReinitialisationAction}>
            {champCompte}
            <p>
              Le mot de passe actuel ne vaudra plus, les sessions sont fermées et un lien pour en choisir un autre
              (valable 3 jours) part par courriel.
            </p>
            <Bouton variante="secondaire">Imposer un nouveau mot de passe</Bouton>
          </Formulaire>
        )}
        <p>
          Second facteur :{" "}
          {c.totpActiveLe
            ? `application enregistrée le ${formaterDateHeure(c.totpActiveLe)}`
            : "pas encore enregistré (demandé à la prochaine connexion par mot de passe)"}
        </p>
      </Section>

      {c.totpActiveLe && <ReinitialiserSecondFacteur compteId={c.id} />}

      <LienBouton href={CHEMINS_ADMIN.comptes} variante="secondaire">
        Retour aux comptes
      </LienBouton>
    </div>
  );
}
