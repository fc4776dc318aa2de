import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { ImpactVersion } from "@/components/admin/grille/impact-version";
import { ResumeDefinition } from "@/components/admin/grille/resume-definition";
import { Section } from "@/components/admin/section";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { uuidOuIntrouvable } from "@/lib/admin/parametres";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";
import { impactVersion } from "@/lib/tarifs/impact-version.query";
import { publierVersion } from "@/lib/tarifs/publier-version.action";
import { lireVersionDeGrille } from "@/lib/tarifs/version-admin.query";

export const metadata: Metadata = { title: "Publier une grille — Administration" };

/** The confirmation step of publishing: what the draft says and what it changes, then one explicit button. */
export default async function Publier({ params }: { params: Promise<{ grilleId: string; versionId: string }> }) {
  const p = await params;
  await exigerRole(["admin"], CHEMINS_ADMIN.publier(p.grilleId, p.versionId));
  const base = await db();
  const lu = await lireVersionDeGrille(base, uuidOuIntrouvable(p.grilleId), uuidOuIntrouvable(p.versionId));
  if (!lu) notFound();
  const { grille: g, version: v } = lu;
  if (v.statut !== "brouillon") redirect(CHEMINS_ADMIN.version(g.id, v.id));
  const impact = await impactVersion(base, v.id);
  const publiee = g.versions.find((x) => x.statut === "publiee");
  return (
    <div className="space-y-10">
      <TitrePage chapo={`${g.nom} — ${g.activite.nom}, ${g.anneeScolaire.libelle}`}>
        Publier le brouillon n° {v.numero}
      </TitrePage>
      <Section id="impact" titre="Effet sur les familles">
        <ImpactVersion impact={impact} unite={LIBELLES_UNITE[g.activite.uniteVente].par} />
      </Section>
      <Section id="contenu-publie" titre="Ce qui sera publié">
        <ResumeDefinition definition={v.definition} />
      </Section>
      <Section id="confirmer" titre="Confirmer">
        <p>
          Après publication, cette version calcule les tarifs des nouvelles inscriptions
          {publiee ? ` ; la version n° ${publiee.numero} est archivée (les prix qu'elle a fixés ne changent pas)` : ""}.
          Elle ne pourra plus être modifiée.
        </p>
        <Formulaire action={publierVersion}>
          <input type="hidden" name="grilleId" value={g.id} />
          <input type="hidden" name="versionId" value={v.id} />
          <div className="flex flex-wrap gap-3">
            <Bouton>Confirmer la publication</Bouton>
            <LienBouton href={CHEMINS_ADMIN.version(g.id, v.id)} variante="secondaire">
              Revenir au brouillon
            </LienBouton>
          </div>
        </Formulaire>
      </Section>
    </div>
  );
}
