import { describe, expect, it } from "vitest";

import { libelleStatutEnvoi, LIEN_EXPIRE } from "./statut-envoi";

const LE = new Date("2026-11-23T08:00:00Z");

describe("état d'un courriel non distribué", () => {
  it.each([
    [
      { abandonneLe: LE, derniereErreur: "SMTP 550", tentatives: 1 },
      "Refusé définitivement par le serveur de messagerie",
    ],
    [
      { abandonneLe: LE, derniereErreur: "SMTP 554", tentatives: 3 },
      "Refusé définitivement par le serveur de messagerie",
    ],
    [{ abandonneLe: LE, derniereErreur: "ESOCKET", tentatives: 5 }, "Abandonné après 5 tentatives"],
    [{ abandonneLe: LE, derniereErreur: "SMTP 451", tentatives: 1 }, "Abandonné après 1 tentative"],
    [{ abandonneLe: null, derniereErreur: "SMTP 451", tentatives: 2 }, "Nouvel essai prévu"],
    [{ abandonneLe: LE, derniereErreur: LIEN_EXPIRE, tentatives: 0 }, "Lien expiré avant l'envoi, contenu effacé"],
  ])("%o : « %s »", (c, libelle) => {
    expect(libelleStatutEnvoi(c)).toBe(libelle);
  });
});
