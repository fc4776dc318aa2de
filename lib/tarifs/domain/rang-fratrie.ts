// Sibling rank, by default: by age among the household's children enrolled in the same activity and school year.
// Rules (stated because a 3rd-child discount depends on them):
// - the eldest is rank 1, the youngest gets the highest rank (the one a "from the 3rd child" discount reaches);
// - children born the same day (twins) still get distinct ranks, ordered by their identifier, so that the result
//   is stable from one computation to the next and a family gets exactly as many discounted ranks as children;
// - only the children given count: the caller passes those enrolled in that activity and year (not withdrawn).

export interface EnfantPourRang {
  id: string;
  /** AAAA-MM-JJ */
  dateNaissance: string;
}

export function rangsFratrie(enfants: readonly EnfantPourRang[]): Map<string, number> {
  for (const e of enfants) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.dateNaissance))
      throw new RangeError(`Date de naissance invalide pour l'enfant ${e.id}`);
  }
  const ids = new Set(enfants.map((e) => e.id));
  if (ids.size !== enfants.length) throw new RangeError("Un même enfant apparaît deux fois");
  const tries = [...enfants].sort((a, b) =>
    a.dateNaissance === b.dateNaissance
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.dateNaissance < b.dateNaissance
        ? -1
        : 1,
  );
  return new Map(tries.map((e, i) => [e.id, i + 1]));
}
