// Behind a TLS-terminating proxy (the loopback is a trusted proxy here: PROXYS_DE_CONFIANCE in playwright.config.ts),
// X-Forwarded-Proto: https turns HSTS on. From any other peer that header is dropped by scripts/serveur.ts
// (lib/securite/domain/entetes-transmis.test.ts).
import { expect, test } from "./support/fixtures";

test("HSTS derrière un proxy TLS de confiance, pas en HTTP simple", async ({ request }) => {
  const https = await request.get("/connexion", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const http = await request.get("/connexion");
  expect(http.headers()["strict-transport-security"]).toBeUndefined();
});
