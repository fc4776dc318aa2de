import { Alerte } from "@/components/ui/alerte";

type Parametres = Record<string, string | string[] | undefined>;

/**
 * The outcome of an action that redirected here (`?ajoutee=00104`), announced to screen readers. Only short codes
 * are shown back: a crafted link cannot make the page say arbitrary text.
 */
export function MessageFlash({
  parametres,
  messages,
}: {
  parametres: Parametres;
  messages: Record<string, (valeur: string) => string>;
}) {
  const trouves = Object.entries(messages).flatMap(([cle, message]) => {
    const v = parametres[cle];
    return typeof v === "string" && /^[\w-]{1,40}$/.test(v) ? [message(v)] : [];
  });
  if (trouves.length === 0) return null;
  return (
    <Alerte type="succes" annoncer>
      {trouves.join(" ")}
    </Alerte>
  );
}
