// Expected errors carry a French message meant for people; anything else is logged with a reference and the
// person sees a generic message with that reference (never the error's own text).
export class ErreurMetier extends Error {
  constructor(
    message: string,
    /** Form field the message belongs to, if any. */
    readonly champ?: string,
  ) {
    super(message);
    this.name = "ErreurMetier";
  }
}

export class AccesRefuse extends ErreurMetier {
  constructor(message = "Vous n'avez pas accès à cette ressource.") {
    super(message);
    this.name = "AccesRefuse";
  }
}
