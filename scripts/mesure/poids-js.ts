// Page weight in JavaScript: the scripts a page's HTML references (script src and modulepreload links), each
// fetched and gzipped (level 9), summed. `next build` no longer prints "First Load JS".
// Usage: npx tsx scripts/mesure/poids-js.ts http://localhost:3000/ [other URLs…] [--cookie "name=value"]
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const iCookie = args.indexOf("--cookie");
const cookie = iCookie >= 0 ? args.splice(iCookie, 2)[1] : undefined;
const urls = args.length > 0 ? args : ["http://localhost:3000/"];

export function scriptsReferences(html: string, base: string): string[] {
  const trouves = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    trouves.add(new URL(m[1]!.replaceAll("&amp;", "&"), base).toString());
  for (const m of html.matchAll(
    /<link[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"/g,
  )) {
    trouves.add(new URL((m[1] ?? m[2])!.replaceAll("&amp;", "&"), base).toString());
  }
  return [...trouves];
}

const ko = (n: number) => `${(n / 1024).toFixed(1)} kB`;

for (const url of urls) {
  const r = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await r.text();
  const scripts = scriptsReferences(html, url);
  let brut = 0;
  let gz = 0;
  for (const s of scripts) {
    const corps = Buffer.from(await (await fetch(s)).arrayBuffer());
    brut += corps.length;
    gz += gzipSync(corps, { level: 9 }).length;
  }
  console.log(`${url} (HTTP ${r.status}) : ${scripts.length} scripts, ${ko(gz)} gzip (${ko(brut)} brut)`);
}
