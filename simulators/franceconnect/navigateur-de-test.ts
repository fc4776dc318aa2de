// A minimal browser for the tests: plain fetch, manual redirects, a cookie jar that honours Path and expiry.
// Enough to drive the simulator's pages the way a user without JavaScript would.

interface Cookie {
  origine: string;
  chemin: string;
  nom: string;
  valeur: string;
}

export interface Etape {
  reponse: Response;
  url: string;
  corps: string;
}

export class Navigateur {
  private cookies: Cookie[] = [];

  private enTete(url: URL): string {
    return this.cookies
      .filter(
        (c) =>
          c.origine === url.origin &&
          (url.pathname === c.chemin || url.pathname.startsWith(c.chemin.endsWith("/") ? c.chemin : `${c.chemin}/`)),
      )
      .map((c) => `${c.nom}=${c.valeur}`)
      .join("; ");
  }

  private retenir(url: URL, reponse: Response): void {
    for (const ligne of reponse.headers.getSetCookie()) {
      const [paire = "", ...attributs] = ligne.split(";").map((x) => x.trim());
      const i = paire.indexOf("=");
      const nom = paire.slice(0, i);
      const valeur = paire.slice(i + 1);
      const attr = new Map(attributs.map((a) => [a.split("=")[0]!.toLowerCase(), a.split("=").slice(1).join("=")]));
      const chemin = attr.get("path") || "/";
      const expire = attr.get("expires");
      const perime =
        valeur === "" ||
        (expire !== undefined && new Date(expire).getTime() <= Date.now()) ||
        attr.get("max-age") === "0";
      this.cookies = this.cookies.filter((c) => !(c.origine === url.origin && c.chemin === chemin && c.nom === nom));
      if (!perime) this.cookies.push({ origine: url.origin, chemin, nom, valeur });
    }
  }

  /** Names of the cookies held for an origin (to check that a session cookie is gone). */
  nomsDesCookies(origine: string): string[] {
    return this.cookies.filter((c) => c.origine === origine).map((c) => c.nom);
  }

  async requete(url: string, formulaire?: Record<string, string>): Promise<Etape> {
    const u = new URL(url);
    const cookie = this.enTete(u);
    const reponse = await fetch(u, {
      method: formulaire ? "POST" : "GET",
      redirect: "manual",
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(formulaire ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: formulaire ? new URLSearchParams(formulaire).toString() : undefined,
    });
    this.retenir(u, reponse);
    return { reponse, url: u.href, corps: await reponse.text() };
  }

  /**
   * Requests `url` and follows redirects while they stay on `origineSuivie` (the simulator); returns the last page,
   * or the redirect that leaves it (the service provider's callback) with its target in `url`.
   */
  async suivre(url: string, origineSuivie: string, formulaire?: Record<string, string>): Promise<Etape> {
    let etape = await this.requete(url, formulaire);
    for (let i = 0; i < 20; i += 1) {
      const location = etape.reponse.headers.get("location");
      if (etape.reponse.status < 300 || etape.reponse.status >= 400 || !location) return etape;
      const cible = new URL(location, etape.url);
      if (cible.origin !== origineSuivie) return { ...etape, url: cible.href };
      etape = await this.requete(cible.href);
    }
    throw new Error("trop de redirections");
  }
}

/** The absolute URL of the form whose action ends with `fin` in a page. */
export function actionDuFormulaire(etape: Etape, fin: string): string {
  const actions = [...etape.corps.matchAll(/<form[^>]*action="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const action = actions.find((a) => a.endsWith(fin));
  if (!action)
    throw new Error(`aucun formulaire « …${fin} » dans la page (${etape.reponse.status}) : ${actions.join(", ")}`);
  return new URL(action, etape.url).href;
}
