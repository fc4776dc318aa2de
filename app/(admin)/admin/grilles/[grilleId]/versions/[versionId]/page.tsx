import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CalculateurApercu } from "@/components/admin/grille/calculateur-apercu";
import { EditeurGrille } from "@/components/admin/grille/editeur-grille";
import { ResumeDefinition } from "@/components/admin/grille/resume-definition";
import { LIBELLES_STATUT_VERSION, StatutVersion } from "@/components/admin/grille/statut-version";
import { MessageFlash } from "@/components/admin/message-flash";
import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Formulaire } from "@/components/ui/formulaire";
import { Lien } from "@/components/ui/lien";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable, type ParametresRecherche } from "@/lib/admin/parametres";
import { lireParametresFiscaux } from "@/lib/fiscal/parametres-fiscaux.query";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { remarquesGrille } from "@/lib/tarifs/domain/definition.coherence";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { sourcesInobtenables } from "@/lib/tarifs/domain/sources-obtenables";
import { editerBrouillon } from "@/lib/tarifs/editer-brouillon.action";
import { depuisDefinition } from "@/lib/tarifs/editeur/conversion";
import { nouveauBrouillon } from "@/lib/tarifs/nouveau-brouillon.action";
import { supprimerBrouillon } from "@/lib/tarifs/supprimer-brouillon.action";
import { lireVersionDeGrille } from "@/lib/tarifs/version-admin.query";

export const metadata: Metadata = { title: "Version de grille — Administration" };

type Params = Promise<{ grilleId: string; versionId: string }>;

export default async function Version({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<ParametresRecherche>;
}) {
  const p = await params;
  await exigerRole(["admin"], CHEMINS_ADMIN.version(p.grilleId, p.versionId));
  const base = await db();
  const lu = await lireVersionDeGrille(base, uuidOuIntrouvable(p.grilleId), uuidOuIntrouvable(p.versionId));
  if (!lu) notFound();
  const { grille: g, version: v, brouillon } = lu;
  const parametres = await searchParams;
  const ici = CHEMINS_ADMIN.version(g.id, v.id);
  const par = LIBELLES_UNITE[g.activite.uniteVente].par;
  const remarques = v.statut === "brouillon" ? remarquesGrille(v.definition) : [];
  // A datum the grid needs that the commune's routes cannot bring: those requests go to an agent (ticket 15 point 3).
  const inobtenables = sourcesInobtenables(v.definition, (await lireParametresFiscaux(base)).scopesFranceConnect);
  return (
    <div className="space-y-10">
      <TitrePage
        chapo={
          <>
            {g.activite.nom}, {g.anneeScolaire.libelle} — <StatutVersion statut={v.statut} />
          </>
        }
      >
        {g.nom} : version n° {v.numero}
      </TitrePage>
      <MessageFlash
        parametres={parametres}
        messages={{
          creee: () => "La grille est créée : complétez ce premier brouillon, puis publiez-le.",
          enregistree: () => "Le brouillon est enregistré.",
          importee: () => "Le fichier est importé dans ce brouillon.",
          publiee: () => "La version est publiée : elle s'applique aux nouveaux calculs de tarif.",
        }}
      />
      {inobtenables.length > 0 && (
        <Alerte type="attention" titre="Donnée que la commune ne peut pas toujours obtenir">
          <ul className="list-disc pl-5">
            {inobtenables.map((s) => (
              <li key={s.donnee}>{s.message}</li>
            ))}
          </ul>
        </Alerte>
      )}
      {v.statut === "brouillon" ? (
        <>
          <Alerte titre="Brouillon">Les familles ne le voient pas tant qu&apos;il n&apos;est pas publié.</Alerte>
          {remarques.length > 0 && (
            <Alerte type="attention" titre="À vérifier (n'empêche pas la publication)">
              <ul className="list-disc pl-5">
                {remarques.map((r, i) => (
                  <li key={i}>{r.message}</li>
                ))}
              </ul>
            </Alerte>
          )}
          <Section id="modifier" titre="Modifier le brouillon">
            <Formulaire action={editerBrouillon} resumeChamps={false}>
              <input type="hidden" name="versionId" value={v.id} />
              <EditeurGrille grilleId={g.id} initiale={depuisDefinition(v.definition)} unite={par} />
            </Formulaire>
          </Section>
        </>
      ) : (
        <Section id="contenu-version" titre="Contenu de la version">
          <Alerte>
            {v.statut === "publiee"
              ? `En vigueur depuis le ${v.publieeLe ? formaterDateHeure(v.publieeLe) : "—"}`
              : `Version ${LIBELLES_STATUT_VERSION[v.statut]}`}{" "}
            : une version publiée ne se modifie jamais ; les prix déjà fixés gardent la version qui les a calculés.
          </Alerte>
          <ResumeDefinition definition={v.definition} />
          {brouillon ? (
            <LienBouton href={CHEMINS_ADMIN.version(g.id, brouillon.id)}>
              Modifier le brouillon n° {brouillon.numero}
            </LienBouton>
          ) : (
            v.statut === "publiee" && (
              <Formulaire action={nouveauBrouillon}>
                <input type="hidden" name="grilleId" value={g.id} />
                <Bouton>Préparer une nouvelle version</Bouton>
              </Formulaire>
            )
          )}
        </Section>
      )}
      <Section
        id="apercu"
        titre={v.statut === "brouillon" ? "Aperçu du tarif (brouillon enregistré)" : "Aperçu du tarif"}
      >
        <CalculateurApercu definition={v.definition} action={ici} parametres={parametres} />
      </Section>
      <Section id="fichier" titre="Fichier CSV">
        <p>
          <a className="text-primaire underline underline-offset-4" href={CHEMINS_ADMIN.csv(g.id, v.id)} download>
            Exporter la version n° {v.numero} en CSV
          </a>{" "}
          (tableur : point-virgule, décimales à virgule). Pour importer un fichier, passez par la{" "}
          <Lien href={CHEMINS_ADMIN.grille(g.id)}>page de la grille</Lien>.
        </p>
      </Section>
      {v.statut === "brouillon" && (
        <>
          <Section id="publier" titre="Publier">
            <p>
              Avant de publier, vérifiez l&apos;effet du brouillon sur les familles qui ont déjà un tarif pour cette
              activité.
            </p>
            <LienBouton href={CHEMINS_ADMIN.publier(g.id, v.id)}>Vérifier l&apos;impact et publier</LienBouton>
          </Section>
          <Section id="supprimer" titre="Supprimer le brouillon">
            <Formulaire action={supprimerBrouillon}>
              <input type="hidden" name="grilleId" value={g.id} />
              <input type="hidden" name="versionId" value={v.id} />
              <CaseACocher nom="confirmation" libelle={`Je confirme la suppression du brouillon n° ${v.numero}`} />
              <Bouton variante="danger">Supprimer le brouillon</Bouton>
            </Formulaire>
          </Section>
        </>
      )}
    </div>
  );
}
