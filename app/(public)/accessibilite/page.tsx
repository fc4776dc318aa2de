import type { Metadata } from "next";

import { TitrePage } from "@/components/ui/titre-page";
import { lireDeclarationAccessibilite } from "@/lib/collectivite/accessibilite.query";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { etatDeConformite, lignes } from "@/lib/collectivite/domain/accessibilite";
import { formaterDate } from "@/lib/format";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

const lien = "text-primaire underline underline-offset-4";

/** A published document: a link when it is an address, its text otherwise. */
function Document({ valeur, texte }: { valeur: string; texte: string }) {
  return /^https?:\/\/\S+$/.test(valeur) ? (
    <a className={lien} href={valeur}>
      {texte}
    </a>
  ) : (
    <>
      {texte} : {valeur}
    </>
  );
}

function Liste({ id, titre, elements, vide }: { id: string; titre: string; elements: string[]; vide: string }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-bold">
        {titre}
      </h3>
      {elements.length === 0 ? (
        <p>{vide}</p>
      ) : (
        <ul className="list-disc pl-6 space-y-1">
          {elements.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The RGAA model of an accessibility statement, section by section, filled from the collectivité's settings.
export default async function Accessibilite() {
  const base = await db();
  const [collectivite, d] = await Promise.all([lireNomCollectivite(base), lireDeclarationAccessibilite(base)]);
  const conformite = etatDeConformite({ auditLe: d?.auditLe ?? null, tauxConformite: d?.tauxConformite ?? null });
  const nonConformites = lignes(d?.nonConformites ?? "");
  return (
    <article className="space-y-6 max-w-3xl">
      <TitrePage>Déclaration d&apos;accessibilité</TitrePage>
      <p>
        {collectivite.Sujet} s&apos;engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles
        conformément à l&apos;article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>À cette fin, elle met en œuvre la stratégie et les actions suivantes :</p>
      <ul className="list-disc pl-6 space-y-1">
        <li>
          {d?.schemaPluriannuel ? (
            <Document valeur={d.schemaPluriannuel} texte="Schéma pluriannuel de mise en accessibilité" />
          ) : (
            "Schéma pluriannuel de mise en accessibilité : pas encore publié."
          )}
        </li>
        <li>
          {d?.planActionAnnee ? (
            <Document valeur={d.planActionAnnee} texte={`Plan d'action ${new Date().getFullYear()}`} />
          ) : (
            `Plan d'action ${new Date().getFullYear()} : pas encore publié.`
          )}
        </li>
      </ul>
      <p>Cette déclaration d&apos;accessibilité s&apos;applique au Portail Famille {collectivite.de}.</p>

      <section aria-labelledby="titre-etat" className="space-y-2">
        <h2 id="titre-etat" className="text-xl font-bold">
          État de conformité
        </h2>
        <p>
          Le Portail Famille {collectivite.de} est <strong>{conformite.etat}</strong> avec le référentiel général
          d&apos;amélioration de l&apos;accessibilité (RGAA), version 4.1.2
          {conformite.raison
            ? ` : ${conformite.raison}.`
            : conformite.etat === "totalement conforme"
              ? "."
              : ", en raison des non-conformités et des dérogations énumérées ci-dessous."}
        </p>
        <h3 className="text-lg font-bold">Résultats des tests</h3>
        <p>
          {d?.auditLe && d.tauxConformite !== null
            ? `L'audit de conformité réalisé le ${formaterDate(d.auditLe)}${d.auditRealisePar ? ` par ${d.auditRealisePar}` : ""} révèle que ${d.tauxConformite} % des critères du RGAA version 4.1.2 sont respectés.`
            : "Aucun audit de conformité n'a encore été réalisé."}{" "}
          En attendant, chaque page est vérifiée automatiquement (axe) à chaque modification du logiciel, et les
          parcours se font au clavier, sans JavaScript et sur un écran de téléphone.
        </p>
      </section>

      <section aria-labelledby="titre-non-accessibles" className="space-y-4">
        <h2 id="titre-non-accessibles" className="text-xl font-bold">
          Contenus non accessibles
        </h2>
        <Liste
          id="titre-non-conformites"
          titre="Non-conformité"
          elements={nonConformites}
          vide={
            d?.auditLe
              ? "Aucune non-conformité relevée par l'audit."
              : "Non connues tant qu'aucun audit n'a été réalisé."
          }
        />
        <Liste
          id="titre-derogations"
          titre="Dérogations pour charge disproportionnée"
          elements={lignes(d?.derogations ?? "")}
          vide="Aucune dérogation n'est invoquée."
        />
        <Liste
          id="titre-hors-obligation"
          titre="Contenus non soumis à l'obligation d'accessibilité"
          elements={lignes(d?.horsObligation ?? "")}
          vide="Aucun."
        />
      </section>

      <section aria-labelledby="titre-etablissement" className="space-y-2">
        <h2 id="titre-etablissement" className="text-xl font-bold">
          Établissement de cette déclaration d&apos;accessibilité
        </h2>
        <p>
          {d?.etablieLe
            ? `Cette déclaration a été établie le ${formaterDate(d.etablieLe)}.`
            : `Cette déclaration n'a pas encore été établie par ${collectivite.sujet}.`}
        </p>
        <p>Technologies utilisées pour la réalisation du portail : HTML5, CSS, JavaScript (facultatif).</p>
      </section>

      <section aria-labelledby="titre-contact" className="space-y-2">
        <h2 id="titre-contact" className="text-xl font-bold">
          Retour d&apos;information et contact
        </h2>
        <p>
          Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter {collectivite.sujet}{" "}
          pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
        </p>
        {d ? (
          <ul className="list-disc pl-6 space-y-1">
            <li>
              Courriel :{" "}
              <a className={lien} href={`mailto:${d.contactCourriel}`}>
                {d.contactCourriel}
              </a>
            </li>
            {d.contactAutre && <li>{d.contactAutre}</li>}
          </ul>
        ) : (
          <p>Ses coordonnées seront indiquées ici dès que la déclaration sera établie.</p>
        )}
      </section>

      <section aria-labelledby="titre-recours" className="space-y-2">
        <h2 id="titre-recours" className="text-xl font-bold">
          Voies de recours
        </h2>
        <p>
          Cette procédure est à utiliser dans le cas suivant : vous avez signalé {collectivite.a} un défaut
          d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un des services du portail et vous
          n&apos;avez pas obtenu de réponse satisfaisante.
        </p>
        <ul className="list-disc pl-6 space-y-1">
          <li>
            Écrire un message au{" "}
            <a className={lien} href="https://formulaire.defenseurdesdroits.fr/">
              Défenseur des droits
            </a>
          </li>
          <li>
            Contacter{" "}
            <a className={lien} href="https://www.defenseurdesdroits.fr/saisir/delegues">
              le délégué du Défenseur des droits dans votre région
            </a>
          </li>
          <li>
            Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
            71120, 75342 Paris CEDEX 07
          </li>
        </ul>
      </section>
    </article>
  );
}
