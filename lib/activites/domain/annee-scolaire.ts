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
