// A 404 means "no data for this year" only when its body is the DGFiP's error JSON; any other 404 (empty, an HTML
// page, another JSON: a misconfigured DGFIP_API_URL) is a configuration fault: logged as such without personal
// data, admins alerted, never a fallback to another year (issue 15, point 11).
import { describe, expect, it } from "vitest";

import { creerLogger } from "@/lib/server/logger";
import { persona, utiliserBanc } from "@/tests/support/banc-dgfip";
import { clientDeTest } from "@/tests/support/client-dgfip";
import { alerteEspacee } from "./dependances";

const b = utiliserBanc("2026-09-15");
const DUPONT = { mode: "spi" as const, spi: persona("marianne-dupont").spi, annee: 2025, multiple: false };

function avecAlertes(options: Parameters<typeof clientDeTest>[1] = {}) {
  const alertes: string[] = [];
  const lignes: string[] = [];
  const logger = creerLogger("debug", { write: (l: string) => void lignes.push(l) });
  const c = clientDeTest(b, {
    ...options,
    deps: { logger, alerter: async (code) => void alertes.push(code), ...options.deps },
  });
  return { ...c, alertes, lignes };
}

describe("client DGFiP : un 404 n'est « pas de données » qu'avec le corps d'erreur de la DGFiP", () => {
  it("sans panne, la même demande aboutit (200 conforme au contrat) et n'alerte personne", async () => {
    const c = avecAlertes();
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: true });
    expect(c.alertes).toEqual([]);
  });

  it("404 avec le JSON d'erreur de la DGFiP : aucun résultat pour cette année, sans alerte", async () => {
    const c = avecAlertes({ panne: "statut=404" });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison: "aucun_resultat", statut: 404 });
    expect(c.alertes).toEqual([]);
  });

  it.each(["vide", "html", "autre-json"])(
    "404 au corps %s : faute de configuration, journalisée comme telle, administrateurs alertés, sans nouvel essai",
    async (corps) => {
      const c = avecAlertes({ panne: `statut=404;erreur=${corps}` });
      expect(await c.api.situationsIr(DUPONT)).toMatchObject({
        ok: false,
        raison: "configuration",
        statut: 404,
        code: "CONFIGURATION",
        tentatives: 1,
      });
      expect(c.journal.map((a) => [a.statutHttp, a.codeErreur, a.issue])).toEqual([
        [404, "CONFIGURATION", "echec_amont"],
      ]);
      expect(c.alertes).toEqual(["dgfip_configuration"]);
      const tout = c.lignes.join("\n");
      expect(tout).toContain("configuration_dgfip");
      expect(tout).not.toContain(persona("marianne-dupont").spi);
    },
  );

  it("URL de l'API mal configurée (chemin hors contrat) : la passerelle répond 404 sans corps DGFiP → configuration", async () => {
    const c = avecAlertes({ config: { urlApi: `${b.sim.url}/impotparticulier/2.0` } });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison: "configuration", statut: 404 });
    expect(c.alertes).toEqual(["dgfip_configuration"]);
  });

  it("une alerte qui échoue n'empêche pas la réponse", async () => {
    const c = avecAlertes({
      panne: "statut=404;erreur=html",
      deps: {
        alerter: async () => {
          throw new Error("base indisponible");
        },
      },
    });
    expect(await c.api.situationsIr(DUPONT)).toMatchObject({ ok: false, raison: "configuration" });
  });
});

describe("alerte espacée", () => {
  it("une alerte au plus par intervalle et par code", async () => {
    const envoyees: string[] = [];
    let t = 0;
    const alerter = alerteEspacee(
      async (c: string) => void envoyees.push(c),
      600_000,
      () => t,
    );
    await alerter("dgfip_configuration");
    t = 599_999;
    await alerter("dgfip_configuration");
    await alerter("autre");
    t = 600_000;
    await alerter("dgfip_configuration");
    expect(envoyees).toEqual(["dgfip_configuration", "autre", "dgfip_configuration"]);
  });
});
