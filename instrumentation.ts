// Runs once when the Next.js server process starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { demarrer } = await import("./lib/server/boot");
  await demarrer();
}
