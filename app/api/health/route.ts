import { verifierSante } from "@/lib/server/sante";

export async function GET() {
  const sante = await verifierSante();
  return Response.json(sante, { status: sante.statut === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
