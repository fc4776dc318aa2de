// One source of truth per enumeration (issue 20 §1): the lists the forms and the grid schema offer are the database's
// own enums, value for value, and every value has its French label. A value added to the schema without its list
// entry and its label fails here.
import { describe, expect, it } from "vitest";

import { LIBELLES_TYPE_ACTIVITE, TYPES_ACTIVITE } from "@/lib/activites/schemas";
import { StatutInscription, TypeActivite, UniteVente } from "@/lib/generated/prisma/enums";
import { LIBELLES_STATUT_INSCRIPTION } from "@/lib/inscriptions/libelles";
import { UNITES_VENTE } from "@/lib/tarifs/domain/definition.schema";
import { LIBELLES_UNITE } from "@/lib/tarifs/domain/format-fr";

const trie = (l: Iterable<string>) => [...l].sort();

describe("une seule liste par énumération", () => {
  it("les types d'activité du formulaire sont ceux de la base, chacun avec son libellé", () => {
    expect(trie(TYPES_ACTIVITE)).toEqual(trie(Object.values(TypeActivite)));
    expect(trie(Object.keys(LIBELLES_TYPE_ACTIVITE))).toEqual(trie(Object.values(TypeActivite)));
  });

  it("les unités de vente des grilles sont celles de la base, chacune avec son libellé", () => {
    expect(trie(UNITES_VENTE)).toEqual(trie(Object.values(UniteVente)));
    expect(trie(Object.keys(LIBELLES_UNITE))).toEqual(trie(Object.values(UniteVente)));
  });

  it("chaque statut d'inscription a son libellé pour la famille", () => {
    expect(trie(Object.keys(LIBELLES_STATUT_INSCRIPTION))).toEqual(trie(Object.values(StatutInscription)));
  });
});
