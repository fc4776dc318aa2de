import type { ReactNode } from "react";

import { Bouton } from "@/components/ui/bouton";

/** A submit button that reshapes the editor (the action reads `commande`); it saves nothing. */
export function BoutonCommande({
  commande,
  children,
  danger = false,
}: {
  commande: string;
  children: ReactNode;
  danger?: boolean;
}) {
  return (
    <Bouton
      name="commande"
      value={commande}
      variante="secondaire"
      formNoValidate
      className={danger ? "border-erreur! text-erreur!" : ""}
    >
      {children}
    </Bouton>
  );
}
