import type { Metadata } from "next";

import { AutorisationDuSecondParent } from "@/components/espace/autorisation-du-second-parent";
import { ConsentementDgfip } from "@/components/espace/consentement-dgfip";
import { FormulaireAutorisationSecondParent } from "@/components/espace/formulaire-autorisation-second-parent";
import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { autorisationDuSecondParent } from "@/lib/consentements/second-parent.mutation";
import { MESSAGES_TARIFICATION } from "@/lib/inscriptions/erreurs-tarification";
import { etatTarification } from "@/lib/inscriptions/etat-tarification.query";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Autoriser la récupération de vos données fiscales" };

// Reached from the link the first parent sent: no account needed. Unused, the link authorizes this one step; used,
// it opens the second parent's own page (what was obtained, withdrawal) until it expires.
export default async function AutorisationSecondParent({
  searchParams,
}: {
  searchParams: Promise<{ jeton?: string; erreur?: string; retrait?: string }>;
}) {
  const { jeton = "", erreur, retrait } = await searchParams;
  const base = await db();
  const lien = jeton.length >= 20 ? await autorisationDuSecondParent(base, jeton, new Date()) : null;
  const etat = lien ? await etatTarification(base, lien.foyerId, new Date()) : null;
  const titulaire = etat?.foyersFiscaux[0]?.responsable;
  const second = etat?.foyersFiscaux[1]?.responsable;
  return (
    <div className="space-y-6 max-w-3xl">
      <TitrePage chapo="Pour le tarif des activités de vos enfants.">
        Autoriser la récupération de vos données fiscales
      </TitrePage>
      {erreur && (
        <Alerte type="erreur" annoncer>
          {MESSAGES_TARIFICATION[erreur] ?? "L'opération n'a pas abouti. Réessayez."}
        </Alerte>
      )}
      {retrait === "fait" && (
        <Alerte type="succes" annoncer>
          Votre accord est retiré et vos données fiscales sont effacées.
        </Alerte>
      )}
      {lien?.utilise ? (
        <AutorisationDuSecondParent
          jeton={jeton}
          titulaire={titulaire ? `${titulaire.prenoms} ${titulaire.nom}` : "l'autre parent"}
          consentement={lien.consentement}
          donnees={lien.donnees}
        />
      ) : !etat || !second ? (
        <Alerte type="erreur" titre="Lien expiré ou déjà utilisé">
          Demandez à l&apos;autre parent de vous envoyer un nouveau lien depuis son espace famille.
        </Alerte>
      ) : (
        <>
          <ConsentementDgfip
            annees={etat.annees}
            conservation={etat.conservation}
            pour={`votre foyer fiscal (${second.prenoms} ${second.nom})`}
            secondParent={{ titulaire: titulaire ? `${titulaire.prenoms} ${titulaire.nom}` : "l'autre parent" }}
          />
          <FormulaireAutorisationSecondParent prenom={second.prenoms} champs={{ jeton }} />
        </>
      )}
    </div>
  );
}
