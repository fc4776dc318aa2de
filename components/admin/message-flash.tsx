import { Alerte } from "@/components/ui/alerte";

type Parametres = Record<string, string | string[] | undefined>;

/** The outcome of an action that redirected here (`?ajoutee=00104`), announced to screen readers. */
export function MessageFlash({ parametres, messages }: { parametres: Parametres; messages: Record<string, (valeur: string) => string> }) {
  const trouves = Object.entries(messages).flatMap(([cle, message]) => {
    const v = parametres[cle];
    return typeof v === "string" ? [message(v)] : [];
  });
  if (trouves.length === 0) return null;
  return (
    <Alerte type="succes" annoncer>
      {trouves.join(" ")}
    </Alerte>
  );
}
