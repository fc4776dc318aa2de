import { expect, it } from "vitest";

import { surLesDeuxBases } from "@/tests/support/bases";
import { enregistrerCoordonnees, enregistrerSecondParent, retirerSecondParent } from "./foyer.mutation";
import { idDeMonFoyer } from "./foyer.query";

const coordonnees = {
  adresse1: "12 rue des Tilleuls",
  adresse2: null,
  codePostal: "00100",
  commune: "Bellecombe-sur-Lys",
  telephone: null,
  emailContact: "famille@exemple.test",
};
const second = {
  prenoms: "Samir",
  nom: "HADDAD",
  dateNaissance: "1984-02-03",
  email: null,
  telephone: null,
  foyerFiscalDistinct: true,
};

surLesDeuxBases("foyer de la famille", (base) => {
  it("les coordonnées créent le foyer à la première visite, puis le mettent à jour", async () => {
    const db = base().prisma;
    const { id: compteId } = await db.compte.create({ data: { role: "citoyen", prenoms: "Anouk", email: null } });
    expect(await idDeMonFoyer(db, compteId)).toBeNull();
    await enregistrerCoordonnees(db, compteId, coordonnees);
    const foyerId = await idDeMonFoyer(db, compteId);
    expect(foyerId).not.toBeNull();
    await enregistrerCoordonnees(db, compteId, { ...coordonnees, commune: "Les Aulnes" });
    expect(await idDeMonFoyer(db, compteId)).toBe(foyerId);
    expect(await db.foyer.findUniqueOrThrow({ where: { id: foyerId! } })).toMatchObject({
      commune: "Les Aulnes",
      emailContact: "famille@exemple.test",
    });
  });

  it("un seul second responsable (rang 2), remplacé puis retiré", async () => {
    const db = base().prisma;
    const { id: compteId } = await db.compte.create({ data: { role: "citoyen", prenoms: "Anouk" } });
    await enregistrerSecondParent(db, compteId, second);
    await enregistrerSecondParent(db, compteId, { ...second, prenoms: "Samir Karim" });
    const foyerId = (await idDeMonFoyer(db, compteId))!;
    expect(await db.responsableLegal.findMany({ where: { foyerId }, orderBy: { rang: "asc" } })).toMatchObject([
      { rang: 1, compteId },
      { rang: 2, prenoms: "Samir Karim", foyerFiscalDistinct: true },
    ]);
    await retirerSecondParent(db, compteId);
    expect(await db.responsableLegal.count({ where: { foyerId } })).toBe(1);
  });
});
