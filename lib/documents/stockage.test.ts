import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { stockageSurDisque } from "./stockage";

const racine = () => mkdtempSync(path.join(tmpdir(), "stockage-"));

describe("stockage des pièces sur disque", () => {
  it("écrit sous <racine>/<foyer>/<document>, lisible par le seul compte du portail, et relit les mêmes octets", async () => {
    const r = racine();
    const [foyer, doc] = [randomUUID(), randomUUID()];
    const s = stockageSurDisque(r);
    await s.ecrire(foyer, doc, Buffer.from("contenu"));
    const chemin = path.join(r, foyer, doc);
    expect(statSync(chemin).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(r, foyer))).toEqual([doc]);
    expect((await s.lire(foyer, doc))?.toString()).toBe("contenu");
    await s.supprimer(foyer, doc);
    await s.supprimer(foyer, doc); // idempotent
    expect(await s.lire(foyer, doc)).toBeNull();
  });

  it("une écriture qui échoue ne laisse rien : ni fichier final, ni fichier temporaire", async () => {
    const r = racine();
    const [foyer, doc] = [randomUUID(), randomUUID()];
    // The final name is taken by a non-empty folder: the rename fails after the bytes were written.
    mkdirSync(path.join(r, foyer, doc), { recursive: true });
    writeFileSync(path.join(r, foyer, doc, "occupe"), "x");
    await expect(stockageSurDisque(r).ecrire(foyer, doc, Buffer.alloc(1024, 1))).rejects.toThrow();
    expect(readdirSync(path.join(r, foyer))).toEqual([doc]);
    expect(readdirSync(path.join(r, foyer, doc))).toEqual(["occupe"]);
  });

  it("refuse de construire un chemin à partir d'autre chose qu'un identifiant", async () => {
    const s = stockageSurDisque(racine());
    await expect(s.lire("../../etc", "passwd")).rejects.toThrow(/identifiant/);
    await expect(s.ecrire(randomUUID(), "../x", Buffer.from("x"))).rejects.toThrow(/identifiant/);
    await expect(s.supprimerEntree(randomUUID(), "../../x")).rejects.toThrow(/nom de fichier/);
  });
});
