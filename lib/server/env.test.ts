import { describe, expect, it } from "vitest";

import { envDeTest } from "@/tests/support/env";
import { ConfigurationInvalide, lireEnv } from "./env";

const valide = {
  AUTH_SECRET: "un-vrai-secret-de-session-tres-long-0123456789",
  FRANCECONNECT_ISSUER: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2",
  FRANCECONNECT_CLIENT_ID: "client",
  FRANCECONNECT_CLIENT_SECRET: "un-secret-client-fc-0123456789",
  DGFIP_API_URL: "https://gw.dgfip.finances.gouv.fr/impotparticulier/1.0",
  DGFIP_TOKEN_URL: "https://gw.dgfip.finances.gouv.fr/token",
  DGFIP_CLIENT_ID: "client",
  DGFIP_CLIENT_SECRET: "un-secret-client-dgfip-0123456789",
  DGFIP_ID_TELESERVICE: "TS-123",
  API_PARTICULIER_URL: "https://particulier.api.gouv.fr",
  API_PARTICULIER_TOKEN: "un-vrai-jeton-api-particulier-0123456789",
  SMTP_URL: "smtp://relais:secret@smtp.commune.fr:587",
  SMTP_FROM: "Portail Famille <ne-pas-repondre@commune.fr>",
  CLAMD_ADRESSE: "unix:/run/clamav/clamd.ctl",
};

describe("configuration", () => {
  it("accepte une configuration de production et applique les valeurs par défaut", () => {
    const e = lireEnv(valide);
    expect(e.PORTAIL_DEMO).toBe(false);
    expect(e.PORT).toBe(3000);
    expect(e.PORTAIL_URL).toBe("http://localhost:3000");
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.PGLITE_DIR).toBe(".data/pglite");
    expect(e.SESSION_IDLE_MINUTES).toBe(30);
    expect(e.SESSION_MAX_HOURS).toBe(12);
  });

  it("nomme chaque variable fautive dans un message en français", () => {
    const appel = () =>
      lireEnv({ ...valide, PORT: "quatre", DATABASE_URL: "mysql://x", FRANCECONNECT_ISSUER: undefined });
    expect(appel).toThrow(ConfigurationInvalide);
    try {
      appel();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/^Configuration invalide/);
      expect(message).toContain("PORT");
      expect(message).toContain("DATABASE_URL : doit commencer par postgresql://");
      expect(message).toContain("FRANCECONNECT_ISSUER : obligatoire");
    }
  });

  it("API Particulier : URL et jeton obligatoires hors démo, sans valeur par défaut ; jeton de démonstration refusé", () => {
    expect(lireEnv(valide)).toMatchObject({
      API_PARTICULIER_URL: "https://particulier.api.gouv.fr",
      API_PARTICULIER_TOKEN: "un-vrai-jeton-api-particulier-0123456789",
    });
    expect(() => lireEnv({ ...valide, API_PARTICULIER_URL: undefined, API_PARTICULIER_TOKEN: undefined })).toThrow(
      /API_PARTICULIER_URL : obligatoire[\s\S]*API_PARTICULIER_TOKEN : obligatoire/,
    );
    expect(() => lireEnv({ ...valide, API_PARTICULIER_TOKEN: "demo-jeton-api-particulier-0000000000" })).toThrow(
      /API_PARTICULIER_TOKEN : valeur de démonstration refusée hors mode démo/,
    );
  });

  it("refuse les secrets de démonstration hors mode démo, en les nommant", () => {
    expect(() => lireEnv({ ...valide, AUTH_SECRET: "demo-secret-de-session-a-remplacer-en-production-0000" })).toThrow(
      /AUTH_SECRET : valeur de démonstration refusée hors mode démo/,
    );
  });

  it("accepte les secrets de démonstration en mode démo", () => {
    expect(envDeTest().PORTAIL_DEMO).toBe(true);
  });

  it("traite DATABASE_URL vide comme absente (base embarquée)", () => {
    expect(lireEnv({ ...valide, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("borne la taille des pièces sous la limite de corps des actions, et vérifie l'adresse de ClamAV", () => {
    expect(lireEnv(valide)).toMatchObject({
      STORAGE_DIR: ".data/documents",
      DOCUMENTS_TAILLE_MAX_MO: 10,
      DOCUMENTS_CONSERVATION_JOURS: 365,
    });
    expect(envDeTest({ CLAMD_ADRESSE: "" }).CLAMD_ADRESSE).toBeUndefined();
    expect(() => lireEnv({ ...valide, DOCUMENTS_TAILLE_MAX_MO: "20" })).toThrow(/DOCUMENTS_TAILLE_MAX_MO/);
    expect(lireEnv({ ...valide, CLAMD_ADRESSE: "unix:/run/clamav/clamd.ctl" }).CLAMD_ADRESSE).toBe(
      "unix:/run/clamav/clamd.ctl",
    );
    expect(lireEnv({ ...valide, CLAMD_ADRESSE: "tcp://clamav:3310" }).CLAMD_ADRESSE).toBe("tcp://clamav:3310");
    expect(() => lireEnv({ ...valide, CLAMD_ADRESSE: "clamav" })).toThrow(/CLAMD_ADRESSE : doit être unix:/);
  });

  it("limite par défaut à 5 les recherches par numéro fiscal d'un compte sur 24 heures, entre 1 et 100", () => {
    expect(lireEnv(valide).SPI_CONSULTATIONS_PAR_JOUR).toBe(5);
    expect(lireEnv({ ...valide, SPI_CONSULTATIONS_PAR_JOUR: "2" }).SPI_CONSULTATIONS_PAR_JOUR).toBe(2);
    expect(() => lireEnv({ ...valide, SPI_CONSULTATIONS_PAR_JOUR: "0" })).toThrow(/SPI_CONSULTATIONS_PAR_JOUR/);
  });

  it("exige l'antivirus hors mode démo, sauf renoncement explicite par une valeur nommée ; pas en démo", () => {
    const { CLAMD_ADRESSE: _, ...sansAntivirus } = valide;
    for (const absent of [sansAntivirus, { ...sansAntivirus, CLAMD_ADRESSE: "" }]) {
      expect(() => lireEnv(absent)).toThrow(/CLAMD_ADRESSE : obligatoire hors mode démo/);
    }
    expect(lireEnv({ ...valide, CLAMD_ADRESSE: "aucun-antivirus-accepte" }).CLAMD_ADRESSE).toBe(
      "aucun-antivirus-accepte",
    );
    expect(() => lireEnv({ ...valide, CLAMD_ADRESSE: "aucun" })).toThrow(/CLAMD_ADRESSE : doit être unix:/);
    expect(envDeTest().CLAMD_ADRESSE).toBeUndefined();
  });

  it("plafonne par défaut un compte à 8 enfants et 6 inscriptions par enfant sur l'année", () => {
    expect(lireEnv(valide)).toMatchObject({ ENFANTS_PAR_FOYER_MAX: 8, INSCRIPTIONS_PAR_ENFANT_MAX: 6 });
    expect(() => lireEnv({ ...valide, ENFANTS_PAR_FOYER_MAX: "0" })).toThrow(/ENFANTS_PAR_FOYER_MAX/);
  });

  it("exige le relais SMTP et l'expéditeur hors mode démo, pas en démo", () => {
    expect(() => lireEnv({ ...valide, SMTP_URL: undefined })).toThrow(/SMTP_URL : obligatoire hors mode démo/);
    expect(() => lireEnv({ ...valide, SMTP_FROM: "" })).toThrow(/SMTP_FROM : obligatoire quand SMTP_URL/);
    expect(() => lireEnv({ ...valide, SMTP_URL: "http://smtp" })).toThrow(/SMTP_URL : doit être une URL smtp/);
    expect(() => lireEnv({ ...valide, SMTP_FROM: "Portail <pas une adresse>" })).toThrow(/SMTP_FROM : doit être/);
    expect(lireEnv({ ...valide, SMTP_FROM: "ne-pas-repondre@commune.fr" }).SMTP_FROM).toBe(
      "ne-pas-repondre@commune.fr",
    );
    expect(envDeTest({ SMTP_URL: "", SMTP_FROM: "" }).SMTP_URL).toBeUndefined();
  });

  it("JOBS_ENABLED=false suppose un travailleur séparé, donc PostgreSQL : refusé en mode embarqué", () => {
    expect(() => lireEnv({ ...valide, JOBS_ENABLED: "false" })).toThrow(
      /JOBS_ENABLED : false n'est possible qu'avec DATABASE_URL/,
    );
    expect(lireEnv({ ...valide, JOBS_ENABLED: "false", DATABASE_URL: "postgresql://h/portail" }).JOBS_ENABLED).toBe(
      false,
    );
    expect(lireEnv(valide).JOBS_ENABLED).toBe(true);
  });

  describe("le mode démo ne parle qu'à la machine locale, avec des secrets de démonstration", () => {
    const amont = [
      ["FRANCECONNECT_ISSUER", "https://fcp-low.integ01.dev-franceconnect.fr/api/v2"],
      ["DGFIP_API_URL", "https://gw.dgfip.finances.gouv.fr/impotparticulier/1.0"],
      ["DGFIP_TOKEN_URL", "https://gw.dgfip.finances.gouv.fr/token"],
      ["API_PARTICULIER_URL", "https://particulier.api.gouv.fr"],
      ["SMTP_URL", "smtp://relais:secret@smtp.commune.fr:587"],
      ["CLAMD_ADRESSE", "tcp://clamav.commune.fr:3310"],
    ] as const;
    for (const [nom, valeur] of amont) {
      it(`refuse de démarrer quand ${nom} ne désigne pas la boucle locale`, () => {
        const surcharges: Record<string, string> = { [nom]: valeur };
        if (nom === "SMTP_URL") surcharges.SMTP_FROM = "ne-pas-repondre@commune.fr";
        expect(() => envDeTest(surcharges)).toThrow(
          new RegExp(`${nom} : .*hors de la machine locale refusée en mode démo \\(PORTAIL_DEMO=true\\)`),
        );
      });
    }

    it("refuse ProConnect hors de la boucle locale", () => {
      expect(() =>
        envDeTest({
          PROCONNECT_ISSUER: "https://auth.agentconnect.gouv.fr/api/v2",
          PROCONNECT_CLIENT_ID: "client",
          PROCONNECT_CLIENT_SECRET: "demo-secret-proconnect-000000",
        }),
      ).toThrow(/PROCONNECT_ISSUER : .*PORTAIL_DEMO=true/);
    });

    for (const nom of [
      "AUTH_SECRET",
      "FRANCECONNECT_CLIENT_SECRET",
      "DGFIP_CLIENT_SECRET",
      "API_PARTICULIER_TOKEN",
    ] as const) {
      it(`refuse de démarrer quand ${nom} n'est pas un secret de démonstration`, () => {
        expect(() => envDeTest({ [nom]: "un-vrai-secret-de-production-0123456789" })).toThrow(
          new RegExp(`${nom} : secret réel refusé en mode démo \\(PORTAIL_DEMO=true\\)`),
        );
      });
    }

    it("accepte 127.0.0.1, localhost et ::1", () => {
      expect(
        envDeTest({
          FRANCECONNECT_ISSUER: "http://localhost:4000/api/v2",
          DGFIP_API_URL: "http://[::1]:4010/impotparticulier/1.0",
          SMTP_URL: "smtp://127.0.0.1:2525",
          SMTP_FROM: "ne-pas-repondre@commune.test",
          CLAMD_ADRESSE: "tcp://127.0.0.1:3310",
        }).PORTAIL_DEMO,
      ).toBe(true);
    });
  });
});
