import { describe, expect, it } from "vitest";

import { ENTETE_PAIR, lireProxysDeConfiance } from "./adresse-client";
import { entetesTransmis } from "./entetes-transmis";

const proxys = lireProxysDeConfiance("10.0.0.0/8");
const entetes = () => ({
  host: "portail.exemple.fr",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "ailleurs.exemple",
  "x-forwarded-port": "443",
  [ENTETE_PAIR]: "1.2.3.4",
});

describe("en-têtes transmis à Next.js", () => {
  it("d'un visiteur direct, X-Forwarded-Proto/Host/Port sont retirés (pas de HSTS ni d'URL choisis par lui) et le pair est relevé", () => {
    const h = entetes();
    entetesTransmis(h, "203.0.113.7", proxys);
    expect(h).toEqual({ host: "portail.exemple.fr", [ENTETE_PAIR]: "203.0.113.7" });
  });

  it("d'un proxy de confiance qui termine TLS, ils sont gardés", () => {
    const h = entetes();
    entetesTransmis(h, "::ffff:10.0.0.2", proxys);
    expect(h).toMatchObject({ "x-forwarded-proto": "https", [ENTETE_PAIR]: "::ffff:10.0.0.2" });
  });

  it("sans adresse de pair, rien n'est cru", () => {
    const h = entetes();
    entetesTransmis(h, undefined, proxys);
    expect(h).toEqual({ host: "portail.exemple.fr", [ENTETE_PAIR]: "" });
  });
});
