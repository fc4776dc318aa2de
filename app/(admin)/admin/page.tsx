import type { Metadata } from "next";

import { Section } from "@/components/admin/section";
import { Alerte } from "@/components/ui/alerte";
import { Lien } from "@/components/ui/lien";
import { TitrePage } from "@/components/ui/titre-page";
import { apercuConfiguration } from "@/lib/admin/apercu.query";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { alertesAdministrateurs } from "@/lib/audit/alertes.query";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Administration" };

const TEXTES_ALERTE = {
  franceconnect_configuration: (
    <>
      FranceConnect a refusé une autorisation de données fiscales pour une raison de configuration : vérifiez que les{" "}
      <Lien href={`${CHEMINS_ADMIN.fiscalite}#politique`}>scopes demandés</Lien> sont exactement ceux de
      l&apos;habilitation
    </>
  ),
  dgfip_configuration: (
    <>
      L&apos;API Impôt particulier a répondu « 404 » sans le message d&apos;erreur de la DGFiP : l&apos;adresse de
      l&apos;API (<code>DGFIP_API_URL</code>) est sans doute mal configurée ; les demandes concernées attendent un agent
    </>
  ),
} as const;

export default async function Administration() {
  await exigerRole(["admin"], "/admin");
  const base = await db();
  const [a, alertes] = await Promise.all([apercuConfiguration(base), alertesAdministrateurs(base, new Date())]);
  const cartes = [
    ["Communes du territoire", a.communes, CHEMINS_ADMIN.territoire],
    ["Écoles", a.ecoles, CHEMINS_ADMIN.ecoles],
    ["Activités ouvertes", a.activites, CHEMINS_ADMIN.activites],
    ["Grilles tarifaires publiées", a.grillesPubliees, CHEMINS_ADMIN.grilles],
    ["Comptes agents et administrateurs", a.agents, null],
  ] as const;
  return (
    <div className="space-y-6">
      <TitrePage chapo={`Années scolaires : ${a.annees.join(", ") || "aucune"}.`}>Administration</TitrePage>
      {alertes.length > 0 && (
        <Alerte type="erreur" titre="À corriger dans la configuration (30 derniers jours)">
          <ul className="list-disc space-y-1 pl-5">
            {alertes.map((x, i) => (
              <li key={i}>
                {formaterDateHeure(x.le)} — {TEXTES_ALERTE[x.code]} (code « {x.detail} »).
              </li>
            ))}
          </ul>
        </Alerte>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cartes.map(([libelle, n, href]) => (
          <li key={libelle} className="rounded-lg border border-bordure bg-white p-4">
            <p className="text-3xl font-bold text-primaire-fonce">{n}</p>
            {href ? <Lien href={href}>{libelle}</Lien> : <p>{libelle}</p>}
          </li>
        ))}
      </ul>
      <Section id="rentree" titre="Préparer la rentrée" className="rounded-lg border border-bordure bg-white p-4">
        <ol className="list-decimal space-y-1 pl-5">
          <li>
            Vérifier le <Lien href={CHEMINS_ADMIN.territoire}>territoire</Lien> et la{" "}
            <Lien href={CHEMINS_ADMIN.fiscalite}>politique d&apos;année fiscale</Lien>.
          </li>
          <li>
            Créer la nouvelle <Lien href={CHEMINS_ADMIN.annees}>année scolaire</Lien>.
          </li>
          <li>
            Créer ses <Lien href={CHEMINS_ADMIN.activites}>activités</Lien> (école, jours, unité, capacité,
            inscriptions).
          </li>
          <li>
            Donner à chacune sa <Lien href={CHEMINS_ADMIN.grilles}>grille tarifaire</Lien>, vérifier les prix avec
            l&apos;aperçu, publier.
          </li>
        </ol>
      </Section>
    </div>
  );
}
