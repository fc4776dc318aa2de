import type { Metadata } from "next";

import { Bouton } from "@/components/ui/bouton";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { verifierEmail } from "@/lib/comptes/verifier-email.action";

export const metadata: Metadata = { title: "Activer mon compte" };

// A button rather than activation on GET: mail scanners that open links must not consume the token.
export default async function VerifierEmail({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  return (
    <div className="max-w-xl space-y-6">
      <TitrePage chapo="Confirmez votre adresse électronique pour activer votre compte.">Activer mon compte</TitrePage>
      <Formulaire action={verifierEmail}>
        <input type="hidden" name="jeton" value={jeton ?? ""} />
        <Bouton>Activer mon compte</Bouton>
      </Formulaire>
    </div>
  );
}
