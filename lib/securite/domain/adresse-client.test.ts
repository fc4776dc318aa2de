import { describe, expect, it } from "vitest";

import { adresseClient, lireProxysDeConfiance } from "./adresse-client";

const proxys = lireProxysDeConfiance("10.0.0.0/8, 192.168.1.5, fd00::/8");

describe("adresse du client", () => {
  it("un visiteur qui se connecte directement ne choisit pas son adresse par X-Forwarded-For", () => {
    expect(adresseClient({ pair: "203.0.113.7", xForwardedFor: "198.51.100.1", proxys })).toBe("203.0.113.7");
  });

  it("derrière un proxy de confiance, l'adresse est la dernière qui n'est pas un proxy de confiance", () => {
    expect(adresseClient({ pair: "10.1.2.3", xForwardedFor: "198.51.100.1, 203.0.113.9", proxys })).toBe("203.0.113.9");
    expect(adresseClient({ pair: "192.168.1.5", xForwardedFor: "203.0.113.9, 10.0.0.4", proxys })).toBe("203.0.113.9");
  });

  it("sans liste de proxys, X-Forwarded-For est toujours ignoré", () => {
    expect(adresseClient({ pair: "10.1.2.3", xForwardedFor: "203.0.113.9", proxys: lireProxysDeConfiance("") })).toBe(
      "10.1.2.3",
    );
  });

  it("les adresses IPv4 vues en IPv6 (::ffff:…) sont ramenées à IPv4, l'IPv6 est comparée aux plages IPv6", () => {
    expect(adresseClient({ pair: "::ffff:10.1.2.3", xForwardedFor: "203.0.113.9", proxys })).toBe("203.0.113.9");
    expect(adresseClient({ pair: "fd00::1", xForwardedFor: "2001:db8::5", proxys })).toBe("2001:db8::5");
  });

  it("un en-tête mal formé ou fait seulement de proxys donne l'adresse la plus proche qui reste valable", () => {
    expect(adresseClient({ pair: "10.1.2.3", xForwardedFor: "n'importe quoi", proxys })).toBe("10.1.2.3");
    expect(adresseClient({ pair: "10.1.2.3", xForwardedFor: "10.9.9.9", proxys })).toBe("10.9.9.9");
    expect(adresseClient({ pair: null, xForwardedFor: "203.0.113.9", proxys })).toBe("inconnue");
  });

  it("une entrée invalide dans la liste des proxys est refusée avec son texte", () => {
    expect(() => lireProxysDeConfiance("10.0.0.0/8, pas-une-adresse")).toThrow(/pas-une-adresse/);
  });
});
