import type { Metadata } from "next";

import { DonneesAutreFoyer } from "@/components/espace/donnees-autre-foyer";
import { DonneesCertifiees } from "@/components/espace/donnees-certifiees";
import { Bouton } from "@/components/ui/bouton";
import { CaseACocher } from "@/components/ui/case-a-cocher";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { mesConsentements } from "@/lib/consentements/consentement.query";
import { retirerMonConsentement } from "@/lib/consentements/retirer.action";
import { formaterDate, formaterDateHeure } from "@/lib/format";
import { idDeMonFoyer } from "@/lib/foyers/foyer.query";
import { situationFiscaleDuFoyer } from "@/lib/inscriptions/donnees-tarif.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mes données fiscales" };

const STATUTS = { accorde: "Accord donné", refuse: "Refusé", retire: "Accord retiré" } as const;

export default async function MesDonneesFiscales() {
  const session = await exigerRole(["citoyen"], "/espace/donnees-fiscales");
  const base = await db();
  const collectivite = await lireNomCollectivite(base);
  const foyerId = await idDeMonFoyer(base, session.compte.id);
  const [consentements, situation] = await Promise.all([
    mesConsentements(base, session.compte.id),
    foyerId ? situationFiscaleDuFoyer(base, foyerId, new Date()) : null,
  ]);
  const detenues = situation?.foyersFiscaux.filter((f) => f.instantane) ?? [];
  const accordEnCours = consentements.some((c) => c.statut === "accorde");
  return (
    <div className="space-y-6">
      <TitrePage chapo={`Ce que ${collectivite.sujet} détient, d'où cela vient, et votre accord.`}>
        Mes données fiscales
      </TitrePage>
      <section aria-labelledby="titre-detenues" className="space-y-3">
        <h2 id="titre-detenues" className="text-xl font-bold">
          Données détenues
        </h2>
        {detenues.length === 0 ? (
          <p>Aucune donnée fiscale n&apos;est détenue.</p>
        ) : (
          detenues.map((f) => (
            <div key={f.responsable.id}>
              {f.responsable.rang === 1 ? (
                <DonneesCertifiees
                  instantane={f.instantane!}
                  titre="Votre foyer fiscal"
                  anneeAttendue={situation?.anneeAttendue ?? null}
                />
              ) : (
                <DonneesAutreFoyer
                  prenom={f.responsable.prenoms}
                  anneeRevenus={f.instantane!.anneeRevenus}
                  anneeAttendue={situation?.anneeAttendue ?? null}
                />
              )}
              <p className="text-sm text-attenue">Effacées au plus tard le {formaterDate(f.instantane!.expireLe)}.</p>
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="titre-consentements" className="space-y-3">
        <h2 id="titre-consentements" className="text-xl font-bold">
          Historique de vos accords
        </h2>
        {consentements.length === 0 ? (
          <p>Aucun accord demandé pour l&apos;instant.</p>
        ) : (
          <ul className="space-y-2">
            {consentements.map((c) => (
              <li key={c.id} className="rounded-md border border-bordure bg-white p-3">
                <strong>{STATUTS[c.statut]}</strong> le {formaterDateHeure(c.creeLe)}
                {c.responsable && c.responsable.rang === 2 ? ` — foyer fiscal de ${c.responsable.prenoms}` : ""}
                {c.anneeRevenus ? ` — revenus ${c.anneeRevenus}` : ""}
                {c.retireLe ? ` — fin le ${formaterDateHeure(c.retireLe)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      {(accordEnCours || detenues.length > 0) && (
        <section aria-labelledby="titre-retirer" className="rounded-lg border border-erreur bg-white p-5 space-y-3">
          <h2 id="titre-retirer" className="text-xl font-bold">
            Retirer mon accord
          </h2>
          <p>
            Aucune nouvelle récupération n&apos;aura lieu et les données fiscales détenues seront effacées. Les tarifs
            déjà fixés gardent leur explication (quotient, tranche, année) sans les données brutes.
          </p>
          <Formulaire action={retirerMonConsentement}>
            <CaseACocher
              nom="confirmation"
              libelle="Je retire mon accord et je demande l'effacement de mes données fiscales"
            />
            <Bouton variante="danger">Retirer mon accord</Bouton>
          </Formulaire>
        </section>
      )}
    </div>
  );
}
