import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChampsActivite } from "@/components/admin/champs-activite";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireActivite } from "@/lib/activites/activites.query";
import { archiverActivite } from "@/lib/activites/archiver-activite.action";
import { listerEcoles } from "@/lib/activites/ecoles.query";
import { modifierActivite } from "@/lib/activites/modifier-activite.action";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable, type ParametresRecherche } from "@/lib/admin/parametres";
import { formaterDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Activité — Administration" };

export default async function Activite({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<ParametresRecherche>;
}) {
  const brut = (await params).id;
  await exigerRole(["admin"], CHEMINS_ADMIN.activite(brut));
  const id = uuidOuIntrouvable(brut);
  const base = await db();
  const [a, ecoles, parametres] = await Promise.all([lireActivite(base, id), listerEcoles(base), searchParams]);
  if (!a) notFound();
  return (
    <div className="max-w-2xl space-y-8">
      <TitrePage chapo={`Année scolaire ${a.anneeScolaire.libelle}`}>{a.nom}</TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{ creee: () => "L'activité est créée. Donnez-lui maintenant sa grille tarifaire." }}
      />
      {a.archiveeLe && (
        <Alerte type="attention">
          Activité archivée le {formaterDate(a.archiveeLe)} : elle n&apos;est plus proposée aux familles.
        </Alerte>
      )}
      <Section id="grille" titre="Grille tarifaire">
        {a.grilleId ? (
          <>
            <p>
              {a.versionPubliee
                ? `Version n° ${a.versionPubliee.numero} publiée.`
                : "Aucune version publiée : les familles ne peuvent pas encore obtenir de tarif."}
            </p>
            <LienBouton href={CHEMINS_ADMIN.grille(a.grilleId)} variante="secondaire">
              Ouvrir la grille tarifaire
            </LienBouton>
          </>
        ) : (
          <>
            <p>Cette activité n&apos;a pas encore de grille tarifaire.</p>
            <LienBouton href={CHEMINS_ADMIN.nouvelleGrille(a.id)}>Créer la grille tarifaire</LienBouton>
          </>
        )}
      </Section>
      <Section id="modifier" titre="Caractéristiques">
        <Formulaire action={modifierActivite}>
          <input type="hidden" name="id" value={a.id} />
          <ChampsActivite ecoles={ecoles} activite={a} />
          <Bouton>Enregistrer l&apos;activité</Bouton>
        </Formulaire>
      </Section>
      {!a.archiveeLe && (
        <Section id="archiver" titre="Archiver">
          <Formulaire action={archiverActivite}>
            <p>
              L&apos;activité ne sera plus proposée aux familles ; ses inscriptions et ses tarifs restent consultables.
              L&apos;archivage est définitif.
            </p>
            <input type="hidden" name="id" value={a.id} />
            <CaseACocher nom="confirmation" libelle={`Je confirme l'archivage de « ${a.nom} »`} />
            <Bouton variante="danger">Archiver l&apos;activité</Bouton>
          </Formulaire>
        </Section>
      )}
    </div>
  );
}
