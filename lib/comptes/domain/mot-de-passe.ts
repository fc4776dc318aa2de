// Password hashing with scrypt from node:crypto (no native addon to download). Format:
// scrypt$N$r$p$<salt base64url>$<hash base64url>, so parameters can be raised later without breaking old hashes.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const N = 2 ** 15;
const R = 8;
const P = 1;
const LONGUEUR = 32;

function scrypt(mot: string, sel: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((ok, ko) =>
    scryptCb(mot.normalize("NFKC"), sel, LONGUEUR, { ...options, maxmem: 64 * 1024 * 1024 }, (e, k) =>
      e ? ko(e) : ok(k),
    ),
  );
}

export async function hacherMotDePasse(mot: string): Promise<string> {
  const sel = randomBytes(16);
  const h = await scrypt(mot, sel, { N, r: R, p: P });
  return ["scrypt", N, R, P, sel.toString("base64url"), h.toString("base64url")].join("$");
}

export async function verifierMotDePasse(mot: string, empreinte: string): Promise<boolean> {
  const [algo, n, r, p, sel, h] = empreinte.split("$");
  if (algo !== "scrypt" || !n || !r || !p || !sel || !h) return false;
  const attendu = Buffer.from(h, "base64url");
  const obtenu = await scrypt(mot, Buffer.from(sel, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return attendu.length === obtenu.length && timingSafeEqual(attendu, obtenu);
}

/** Rules for agents' and citizens' local passwords (ANSSI guidance: length over complexity). */
export function problemesMotDePasse(mot: string, role: "citoyen" | "agent" | "admin"): string[] {
  const min = role === "citoyen" ? 12 : 14;
  const p: string[] = [];
  if (mot.length < min) p.push(`Le mot de passe doit contenir au moins ${min} caractères.`);
  const familles = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(mot)).length;
  if (familles < 3)
    p.push(
      "Le mot de passe doit mélanger au moins trois types de caractères : minuscules, majuscules, chiffres, symboles.",
    );
  return p;
}
