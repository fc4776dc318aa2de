// The application's fiscal snapshot service, wired to the configured API Impôt particulier client.
import { apiImpotParticulier } from "@/lib/integrations/dgfip/application";
import { env } from "@/lib/server/env";
import { creerServiceInstantaneFiscal, type ServiceInstantaneFiscal } from "./obtenir-instantane-fiscal";

let service: Promise<ServiceInstantaneFiscal> | undefined;

export function serviceInstantaneFiscal(): Promise<ServiceInstantaneFiscal> {
  service ??= apiImpotParticulier().then((api) =>
    creerServiceInstantaneFiscal({ api, ressourceMultiple: env().DGFIP_RESSOURCE_MULTIPLE }),
  );
  return service;
}
