import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QRCode from "qrcode";

import { AnnulerConnexion } from "@/components/comptes/annuler-connexion";
import { FormulaireEnrolement } from "@/components/comptes/formulaire-enrolement";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMIN_SECOND_FACTEUR } from "@/lib/auth/domain/second-facteur";
import { cheminDeRetour } from "@/lib/auth/origine";
import { ACCUEIL_PAR_ROLE } from "@/lib/comptes/accueil";
import { cleTotp } from "@/lib/comptes/cle-totp";
import { confirmerEnrolementAction } from "@/lib/comptes/confirmer-enrolement.action";
import { adresseOtpauth } from "@/lib/comptes/domain/totp";
import { secretAEnroler } from "@/lib/comptes/second-facteur.mutation";
import { db } from "@/lib/server/db";
import { lireSession, lireSessionEnAttente } from "@/lib/server/session";

export const metadata: Metadata = { title: "Enregistrer votre second facteur" };

export default async function Enrolement({ searchParams }: { searchParams: Promise<{ retour?: string }> }) {
  const { retour: retourBrut } = await searchParams;
  const s = await lireSessionEnAttente();
  // Once the code is confirmed this session is complete: the page, rendered again with the recovery codes
  // (without JavaScript), finds no pending session. Those codes come from the action's answer, not from here.
  const complete = s ? null : await lireSession();
  if (!s && !complete) redirect("/connexion");
  const role = (s ?? complete)!.compte.role;
  const suite = cheminDeRetour(retourBrut, ACCUEIL_PAR_ROLE[role]);
  if (s && s.secondFacteur !== "a_enroler") redirect(`${CHEMIN_SECOND_FACTEUR}?retour=${encodeURIComponent(suite)}`);
  const aEnroler = s ? await secretAEnroler(await db(), s.compte.id, cleTotp()) : null;
  const qr = aEnroler
    ? await QRCode.toString(
        adresseOtpauth({
          secret: aEnroler.secret,
          emetteur: "Portail Famille",
          compte: aEnroler.email ?? s!.compte.id,
        }),
        { type: "svg", margin: 2, errorCorrectionLevel: "M" },
      )
    : null;
  return (
    <div className="max-w-2xl space-y-6">
      <TitrePage chapo="Obligatoire pour les agents et administrateurs : votre mot de passe ne suffit pas.">
        Enregistrer votre second facteur
      </TitrePage>
      <FormulaireEnrolement
        action={confirmerEnrolementAction}
        suite={suite}
        cle={aEnroler?.secret.match(/.{1,4}/g)?.join(" ") ?? null}
        qr={qr}
      />
      {s && <AnnulerConnexion />}
    </div>
  );
}
