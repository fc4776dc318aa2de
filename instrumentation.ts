// Runs once when the Next.js server process starts (not during `next build`).
export async function register() {
  // NEXT_RUNTIME is not configuration: Next.js sets it per runtime and inlines it at build time, which keeps the
  // Node-only boot (database, migrations, jobs) out of the edge bundle. Read through env(), it would be neither.
  // eslint-disable-next-line no-restricted-properties -- runtime marker inlined by Next.js, not a deployment setting
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { demarrer } = await import("./lib/server/boot");
  await demarrer();
}
