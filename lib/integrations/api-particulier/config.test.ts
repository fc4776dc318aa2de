import { describe, expect, it } from "vitest";

import { envDeTest } from "@/tests/support/env";
import { configClientApiParticulierDepuisEnv, REGLAGES_PAR_DEFAUT } from "./config";

describe("configuration du client API Particulier", () => {
  it("vient de l'environnement validé : racine sans / final, jeton de la collectivité, délais par défaut", () => {
    const c = configClientApiParticulierDepuisEnv(
      envDeTest({
        API_PARTICULIER_URL: "http://127.0.0.1:4020/",
        API_PARTICULIER_TOKEN: "demo-jeton-de-la-commune-0001",
      }),
    );
    expect(c).toEqual({
      ...REGLAGES_PAR_DEFAUT,
      urlApi: "http://127.0.0.1:4020",
      jetonCollectivite: "demo-jeton-de-la-commune-0001",
    });
  });
});
