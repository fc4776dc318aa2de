import { env } from "./env";
import { creerLogger } from "./logger";

/** The application's logger (level from LOG_LEVEL). */
export const logger = creerLogger(env().LOG_LEVEL);
