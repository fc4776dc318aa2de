// The school year in progress (or being prepared): from 1 August, year N-N+1; before, N-1-N.
export interface AnneeScolaireCalendaire {
  libelle: string;
  debut: Date;
  fin: Date;
}

export function anneeScolaireCourante(maintenant: Date): AnneeScolaireCalendaire {
  const a = maintenant.getUTCFullYear();
  const premiere = maintenant.getUTCMonth() >= 7 ? a : a - 1;
  return {
    libelle: `${premiere}-${premiere + 1}`,
    debut: new Date(Date.UTC(premiere, 8, 1)),
    fin: new Date(Date.UTC(premiere + 1, 6, 4)),
  };
}

/**
 * The school year a list shows when none is asked for: the one in progress (or being prepared, see above), not the
 * newest one created; when it does not exist, the latest one already started, else the first of the list.
 */
export function anneeAfficheeParDefaut<T extends { libelle: string; debut: Date }>(
  annees: readonly T[],
  maintenant: Date,
): T | undefined {
  const courante = anneeScolaireCourante(maintenant).libelle;
  return (
    annees.find((a) => a.libelle === courante) ??
    [...annees].filter((a) => a.debut <= maintenant).sort((a, b) => b.debut.getTime() - a.debut.getTime())[0] ??
    annees[0]
  );
}
