import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { ActionsDossier } from "@/components/instruction/actions-dossier";
import { ChronologieDossier } from "@/components/instruction/chronologie-dossier";
import { DonneesFiscalesDossier } from "@/components/instruction/donnees-fiscales-dossier";
import { EtiquetteStatut } from "@/components/instruction/etiquette-statut";
import { FormulaireBouton } from "@/components/instruction/formulaire-bouton";
import { InscriptionsDossier } from "@/components/instruction/inscriptions-dossier";
import { nomDeFamille } from "@/components/instruction/liste-dossiers";
import { MotifsDossier } from "@/components/instruction/motifs-dossier";
import { ResumeFamille } from "@/components/instruction/resume-famille";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { auditerLecturePage } from "@/lib/audit/lecture-page";
import { formaterDateHeure } from "@/lib/format";
import { chronologieDuDossier } from "@/lib/instruction/chronologie.query";
import { estIdentifiant } from "@/lib/instruction/domain/filtres-file";
import { estOuvert } from "@/lib/instruction/domain/statuts";
import { lireDossier } from "@/lib/instruction/dossier.query";
import { libererDossierAction } from "@/lib/instruction/liberer-dossier.action";
import { prendreDossierAction } from "@/lib/instruction/prendre-dossier.action";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Dossier à instruire" };

const RESULTATS = {
  valide: "Le dossier est validé : les inscriptions en attente sont validées.",
  rejete: "Le dossier est rejeté : les inscriptions en attente sont refusées et leurs places rendues.",
} as const;

const SECTIONS = [
  ["motifs", "Motifs et attentes"],
  ["famille", "Famille"],
  ["inscriptions", "Inscriptions demandées"],
  ["fiscal", "Données fiscales et pièces"],
  ["agir", "Agir"],
  ["chronologie", "Chronologie"],
] as const;

function Section({ cle, children }: { cle: (typeof SECTIONS)[number][0]; children: ReactNode }) {
  return (
    <section id={cle} aria-labelledby={`titre-section-${cle}`} className="space-y-3">
      <h2 id={`titre-section-${cle}`} className="text-xl font-bold">
        {SECTIONS.find(([c]) => c === cle)?.[1]}
      </h2>
      {children}
    </section>
  );
}

export default async function PageDossier({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ resultat?: string }>;
}) {
  const { id } = await params;
  const session = await exigerRole(["agent", "admin"], `/agent/dossiers/${encodeURIComponent(id)}`);
  if (!estIdentifiant(id)) notFound();
  const base = await db();
  const dossier = await lireDossier(base, id, session.compte.id);
  if (!dossier) notFound();
  await auditerLecturePage(base, acteurDe(session), {
    type: "dossier",
    dossierId: dossier.id,
    foyerId: dossier.foyer.id,
  });
  const evenements = await chronologieDuDossier(base, {
    id: dossier.id,
    creeLe: dossier.creeLe,
    foyerId: dossier.foyer.id,
    demandeId: dossier.demande?.id ?? null,
  });
  const { resultat } = await searchParams;
  const annonce = resultat === "valide" || resultat === "rejete" ? RESULTATS[resultat] : null;
  const maintenant = new Date();
  const moi = session.compte.id;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/agent" className="text-primaire underline underline-offset-4">
          Retour à la file des dossiers
        </Link>
      </p>
      <TitrePage
        chapo={`Reçu le ${formaterDateHeure(dossier.creeLe)}${dossier.demande ? `, année scolaire ${dossier.demande.anneeScolaire.libelle}` : ""}.`}
      >
        Dossier : {nomDeFamille(dossier.foyer.responsables)}
      </TitrePage>
      {annonce && (
        <Alerte type="succes" annoncer>
          {annonce}
        </Alerte>
      )}
      <div className="rounded-lg border border-bordure bg-white p-4 flex flex-wrap items-center justify-between gap-4">
        <p className="flex flex-wrap items-center gap-2">
          <EtiquetteStatut statut={dossier.statut} />
          <span>
            {dossier.agent
              ? dossier.agentId === moi
                ? "Pris en charge par vous"
                : `Pris en charge par ${dossier.agent.nom}`
              : "Non attribué"}
          </span>
        </p>
        {estOuvert(dossier.statut) && !dossier.agent && (
          <FormulaireBouton action={prendreDossierAction} champs={{ dossierId: dossier.id }}>
            Prendre ce dossier
          </FormulaireBouton>
        )}
        {estOuvert(dossier.statut) && dossier.agentId === moi && (
          <FormulaireBouton action={libererDossierAction} champs={{ dossierId: dossier.id }} variante="secondaire">
            Remettre dans la file
          </FormulaireBouton>
        )}
      </div>
      <nav aria-labelledby="titre-sommaire">
        <h2 id="titre-sommaire" className="text-lg font-bold">
          Sur cette page
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map(([cle, libelle]) => (
            <li key={cle}>
              <a href={`#${cle}`} className="text-primaire underline underline-offset-4">
                {libelle}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Section cle="motifs">
        <MotifsDossier raisons={dossier.raisons} attenduFamille={dossier.attenduFamille} />
      </Section>
      <Section cle="famille">
        <ResumeFamille foyer={dossier.foyer} maintenant={maintenant} />
      </Section>
      <Section cle="inscriptions">
        <InscriptionsDossier demande={dossier.demande} />
      </Section>
      <Section cle="fiscal">
        <DonneesFiscalesDossier dossier={dossier} />
      </Section>
      <Section cle="agir">
        <ActionsDossier dossier={dossier} session={session} maintenant={maintenant} />
      </Section>
      <Section cle="chronologie">
        <ChronologieDossier evenements={evenements} />
      </Section>
    </div>
  );
}
