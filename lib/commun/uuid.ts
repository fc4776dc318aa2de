/** A UUID as PostgreSQL accepts it: anything else in an address is a page that does not exist, never a query. */
export const estUuid = (valeur: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(valeur);
