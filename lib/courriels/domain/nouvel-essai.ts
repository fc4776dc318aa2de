// The outbox's retry policy: when to try again, and which relay replies end the attempts.

/** Delay before attempt n+1 (n attempts made): 1, 2, 4, 8… minutes, capped at 6 hours. */
export function delaiAvantNouvelEssaiMs(tentativesFaites: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, tentativesFaites - 1), 6 * 3600_000);
}

/** SMTP replies 5xx are final (unknown mailbox, refused sender…); 4xx and network failures are worth retrying. */
export function echecDefinitif(codeReponse: number | undefined): boolean {
  return codeReponse !== undefined && codeReponse >= 500 && codeReponse < 600;
}
