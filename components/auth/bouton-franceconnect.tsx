// The official FranceConnect button (State design system "Bouton FranceConnect"): a plain form button, so it
// works without JavaScript; the form posts to our relay, which starts next-auth's sign-in.
export function BoutonFranceConnect({ retour }: { retour?: string }) {
  return (
    <div>
      <form method="post" action="/api/connexion/franceconnect">
        {retour && <input type="hidden" name="retour" value={retour} />}
        <button
          type="submit"
          className="inline-flex items-center gap-3 rounded-none bg-[#000091] px-4 py-2 text-white hover:bg-[#1212ff] min-h-14"
        >
          <svg aria-hidden="true" width="32" height="36" viewBox="0 0 32 36" className="shrink-0">
            <path d="M16 1 30 9v18L16 35 2 27V9z" fill="#fff" />
            <path d="M16 7 25 12v12l-9 5-9-5V12z" fill="#000091" />
            <path d="M12 14h9v2.5h-6.2v2.2H20V21h-5.2v4H12z" fill="#fff" />
            <circle cx="24" cy="10" r="2.2" fill="#e1000f" />
          </svg>
          <span className="flex flex-col items-start leading-tight">
            <span className="text-sm">S&apos;identifier avec</span>
            <span className="text-lg font-bold">FranceConnect</span>
          </span>
        </button>
      </form>
      <p className="mt-2 text-sm">
        <a
          className="text-[#000091] underline underline-offset-4"
          href="https://franceconnect.gouv.fr/"
          target="_blank"
          rel="noopener noreferrer"
          title="Qu'est-ce que FranceConnect ? - nouvelle fenêtre"
        >
          Qu&apos;est-ce que FranceConnect ?
        </a>
      </p>
    </div>
  );
}
