const STATUTS = {
  brouillon: { texte: "Brouillon", classes: "border-alerte bg-alerte-clair" },
  publiee: { texte: "Publiée", classes: "border-succes bg-succes-clair" },
  archivee: { texte: "Archivée", classes: "border-bordure bg-fond" },
} as const;

export const LIBELLES_STATUT_VERSION = { brouillon: "brouillon", publiee: "publiée", archivee: "archivée" } as const;

export function StatutVersion({ statut }: { statut: keyof typeof STATUTS }) {
  const s = STATUTS[statut];
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${s.classes}`}>{s.texte}</span>
  );
}
