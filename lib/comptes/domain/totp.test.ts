import { describe, expect, it } from "vitest";

import { chiffrerSecret, cleDeChiffrementTotp, dechiffrerSecret } from "./chiffrement-secret";
import {
  adresseOtpauth,
  codeTotp,
  empreinteCodeSecours,
  genererCodesSecours,
  genreDeCode,
  normaliserCodeSecours,
  nouveauSecretTotp,
  verifierCodeTotp,
} from "./totp";

// RFC 6238, annexe B : secret ASCII « 12345678901234567890 » (SHA-1), en base 32.
const SECRET_RFC = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const t = (s: number) => new Date(s * 1000);

describe("code TOTP", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("à t = %i s, le code est celui de la RFC 6238 (%s)", (s, code) => {
    expect(codeTotp(SECRET_RFC, t(s))).toBe(code);
  });

  it("étant donné le code courant, il est accepté, et aussi un pas avant ou après, pas deux", () => {
    const maintenant = t(1_800_000_000);
    const code = codeTotp(SECRET_RFC, maintenant);
    const verifier = (decalage: number) =>
      verifierCodeTotp({ secret: SECRET_RFC, code, maintenant: t(1_800_000_000 + decalage), dernierPas: null });
    expect(verifier(0)).toEqual({ valide: true, pas: 60_000_000 });
    expect(verifier(30).valide).toBe(true);
    expect(verifier(-30).valide).toBe(true);
    expect(verifier(61)).toEqual({ valide: false, raison: "faux" });
    expect(verifier(-31)).toEqual({ valide: false, raison: "faux" });
  });

  it("un code faux, mal formé ou d'un autre secret est refusé", () => {
    const maintenant = t(1_800_000_000);
    const bon = codeTotp(SECRET_RFC, maintenant);
    const faux = String((Number(bon) + 1) % 1_000_000).padStart(6, "0");
    // Le code d'un autre secret, nouveau à chaque essai (une coïncidence sur un million est écartée).
    const autre = codeTotp(nouveauSecretTotp(), maintenant);
    for (const code of [faux, "12345", "abcdef", "", ...(autre === bon ? [] : [autre])])
      expect(verifierCodeTotp({ secret: SECRET_RFC, code, maintenant, dernierPas: null }).valide, code).toBe(false);
    expect(
      verifierCodeTotp({ secret: SECRET_RFC, code: `${bon.slice(0, 3)} ${bon.slice(3)}`, maintenant, dernierPas: null })
        .valide,
    ).toBe(true);
  });

  it("rejeu : un code dont le pas a déjà servi est refusé, le suivant passe", () => {
    const maintenant = t(1_800_000_000);
    const code = codeTotp(SECRET_RFC, maintenant);
    const r = verifierCodeTotp({ secret: SECRET_RFC, code, maintenant, dernierPas: null });
    if (!r.valide) throw new Error("attendu valide");
    expect(verifierCodeTotp({ secret: SECRET_RFC, code, maintenant, dernierPas: r.pas })).toEqual({
      valide: false,
      raison: "deja_utilise",
    });
    // Un code plus ancien, encore dans la tolérance, ne passe pas non plus après un plus récent.
    const ancien = codeTotp(SECRET_RFC, t(1_800_000_000 - 30));
    expect(verifierCodeTotp({ secret: SECRET_RFC, code: ancien, maintenant, dernierPas: r.pas }).valide).toBe(false);
    const suivant = t(1_800_000_030);
    expect(
      verifierCodeTotp({
        secret: SECRET_RFC,
        code: codeTotp(SECRET_RFC, suivant),
        maintenant: suivant,
        dernierPas: r.pas,
      }),
    ).toEqual({ valide: true, pas: 60_000_001 });
  });

  it("l'adresse otpauth porte l'émetteur, le compte et le secret", () => {
    const u = new URL(adresseOtpauth({ secret: SECRET_RFC, emetteur: "Portail Famille", compte: "agent@commune.fr" }));
    expect(u.protocol).toBe("otpauth:");
    expect(u.searchParams.get("secret")).toBe(SECRET_RFC);
    expect(u.searchParams.get("issuer")).toBe("Portail Famille");
    expect(decodeURIComponent(u.pathname)).toContain("agent@commune.fr");
  });
});

describe("codes de secours", () => {
  it("10 codes différents de 16 caractères sans lettre ambiguë, en groupes de 4", () => {
    const codes = genererCodesSecours();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it("l'empreinte ignore espaces, tirets et casse, et lit O comme 0, I et L comme 1", () => {
    const e = empreinteCodeSecours("AB01-CD1E-FG0H-JK1M");
    expect(empreinteCodeSecours(" ab01 cd1e fg0h jk1m ")).toBe(e);
    expect(empreinteCodeSecours("ABO1-CDIE-FGOH-JKLM")).toBe(e);
    expect(empreinteCodeSecours("AB01-CD1E-FG0H-JK1N")).not.toBe(e);
    expect(e).toMatch(/^[0-9a-f]{64}$/);
    expect(normaliserCodeSecours("ab-cd")).toBe("ABCD");
  });

  it.each([
    ["123456", "totp"],
    ["123 456", "totp"],
    ["AB01-CD1E-FG0H-JK1M", "secours"],
    ["ab01cd1efg0hjk1m", "secours"],
    ["12345", "invalide"],
    ["AB01-CD1E", "invalide"],
    ["", "invalide"],
  ] as const)("« %s » est un code %s", (code, genre) => {
    expect(genreDeCode(code)).toBe(genre);
  });
});

describe("secret chiffré au repos", () => {
  const cle = cleDeChiffrementTotp("demo-un-secret-de-session-assez-long-0123456789");

  it("se relit avec la même clé, jamais en clair, différent à chaque chiffrement", () => {
    const a = chiffrerSecret(SECRET_RFC, cle);
    expect(a).not.toContain(SECRET_RFC);
    expect(a).not.toBe(chiffrerSecret(SECRET_RFC, cle));
    expect(dechiffrerSecret(a, cle)).toBe(SECRET_RFC);
  });

  it("une autre clé (AUTH_SECRET changé) ou un chiffré altéré ne donne rien", () => {
    const a = chiffrerSecret(SECRET_RFC, cle);
    expect(dechiffrerSecret(a, cleDeChiffrementTotp("demo-un-autre-secret-de-session-0123456789ab"))).toBeNull();
    const [v, iv, tag, d] = a.split(".");
    const altere = [v, iv, tag, `${d!.slice(0, -2)}${d!.endsWith("A") ? "B" : "A"}A`].join(".");
    expect(dechiffrerSecret(altere, cle)).toBeNull();
    expect(dechiffrerSecret("n'importe quoi", cle)).toBeNull();
  });
});
