import { describe, expect, it } from "vitest";

import { verifierCodeTotp } from "@/lib/comptes/domain/totp";
import { codeSecondFacteurDemo, SECRET_TOTP_DEMO } from "./second-facteur-demo";

describe("code du second facteur de démonstration", () => {
  const maintenant = new Date("2026-12-03T08:00:00Z");

  it("en démonstration, c'est le code courant du secret de démonstration", () => {
    const code = codeSecondFacteurDemo(true, maintenant);
    expect(code).toMatch(/^\d{6}$/);
    expect(verifierCodeTotp({ secret: SECRET_TOTP_DEMO, code: code!, maintenant, dernierPas: null }).valide).toBe(true);
  });

  it("hors démonstration, il n'y a rien à montrer", () => {
    expect(codeSecondFacteurDemo(false, maintenant)).toBeNull();
  });
});
