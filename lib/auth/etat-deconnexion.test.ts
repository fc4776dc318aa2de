import { describe, expect, it } from "vitest";

import { controlerEtatDeconnexion } from "./etat-deconnexion";

describe("state du retour de déconnexion", () => {
  it.each([
    ["etat-envoye", "etat-envoye", "conforme"],
    ["etat-envoye", "etat-falsifie", "different"],
    ["etat-envoye", "etat-envoy", "different"],
    ["etat-envoye", null, "absent"],
    [undefined, "etat-envoye", "absent"],
    ["", "", "absent"],
  ] as const)("envoyé %s, reçu %s : %s", (envoye, recu, attendu) => {
    expect(controlerEtatDeconnexion(envoye, recu)).toBe(attendu);
  });
});
