/** The error(s) of one field, tied to it by `id` (aria-describedby): one line, or a list when there are several. */
export function ErreurChamp({ id, erreurs }: { id: string; erreurs?: string[] }) {
  if (!erreurs?.length) return null;
  if (erreurs.length === 1) {
    return (
      <p id={id} className="mt-1 text-erreur font-semibold">
        {erreurs[0]}
      </p>
    );
  }
  return (
    <ul id={id} className="mt-1 list-disc pl-5 text-erreur font-semibold">
      {erreurs.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

/** ids for aria-describedby: the help text and the error, when present. */
export function decritPar(id: string, aide: unknown, erreurs?: string[]): string | undefined {
  return [aide ? `${id}-aide` : null, erreurs?.length ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
}

export const classesSaisie =
  "mt-1 block w-full rounded-md border-2 border-bordure bg-white px-3 py-2 text-base aria-[invalid=true]:border-erreur";
