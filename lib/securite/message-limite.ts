/** The French message of a reached rate limit, with the wait rounded up to the minute. */
export function messageLimite(attenteSecondes: number, quoi = "tentatives"): string {
  const minutes = Math.max(1, Math.ceil(attenteSecondes / 60));
  const duree =
    minutes >= 120 ? `${Math.ceil(minutes / 60)} heures` : minutes > 1 ? `${minutes} minutes` : "une minute";
  return `Trop de ${quoi} depuis cette connexion ou ce compte : réessayez dans ${duree}.`;
}
