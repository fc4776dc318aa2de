// Real, small files built byte by byte for the upload tests (unit, integration, Playwright): a PDF with a correct
// cross-reference table, a PNG and a baseline JPEG that browsers decode, and the hostile variants the checks must
// refuse. Built here rather than committed as binaries, so each test says exactly what its file contains.
import { crc32, deflateSync } from "node:zlib";

const latin1 = (s: string) => Buffer.from(s, "latin1");

/** A PDF from its objects' bodies (object n = corps[n-1]), with xref offsets computed, optionally compressed objects. */
export function pdf(
  corps: (string | Buffer)[],
  options: { racine?: number; trailerEnPlus?: string; sansFin?: boolean } = {},
): Buffer {
  const parties: Buffer[] = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  const decalages: number[] = [];
  let position = parties[0]!.length;
  corps.forEach((c, i) => {
    decalages.push(position);
    const objet = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof c === "string" ? latin1(c) : c,
      latin1("\nendobj\n"),
    ]);
    parties.push(objet);
    position += objet.length;
  });
  const xref = [
    `xref\n0 ${corps.length + 1}\n0000000000 65535 f \n`,
    ...decalages.map((d) => `${String(d).padStart(10, "0")} 00000 n \n`),
  ].join("");
  const fin = `${xref}trailer\n<< /Size ${corps.length + 1} /Root ${options.racine ?? 1} 0 R ${options.trailerEnPlus ?? ""}>>\nstartxref\n${position}\n${options.sansFin ? "" : "%%EOF\n"}`;
  parties.push(latin1(fin));
  return Buffer.concat(parties);
}

function flux(dictionnaire: string, donnees: Buffer): Buffer {
  return Buffer.concat([
    latin1(`<< ${dictionnaire} /Length ${donnees.length} >>\nstream\n`),
    donnees,
    latin1("\nendstream"),
  ]);
}

const PAGE = (catalogueEnPlus = "") => [
  `<< /Type /Catalog /Pages 2 0 R ${catalogueEnPlus}>>`,
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
  flux("/Filter /FlateDecode", deflateSync(latin1("BT /F1 24 Tf 72 760 Td (Avis d'impot 2025 - revenus 2024) Tj ET"))),
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
];

export const fichiers = {
  /** A one-page PDF with a compressed content stream (what a tax notice looks like to the checks). */
  pdf: () => pdf(PAGE()),
  /** The same PDF saved again with an incremental update: two %%EOF, only the last near the end. */
  pdfIncremental: () =>
    Buffer.concat([
      pdf(PAGE()),
      latin1(
        "6 0 obj\n<< /Producer (Mise a jour) >>\nendobj\nxref\n6 1\n0000000000 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n",
      ),
    ]),
  pdfJavaScript: () =>
    pdf([...PAGE("/OpenAction 6 0 R "), "<< /Type /Action /S /JavaScript /JS (app.alert('bonjour');) >>"]),
  /** /JavaScript spelled with #xx escapes, as obfuscated malware does. */
  pdfJavaScriptMasque: () =>
    pdf([...PAGE("/OpenAction 6 0 R "), "<< /Type /Action /S /J#61vaScript /J#53 (app.alert(1);) >>"]),
  /** The action hidden in a compressed object stream (PDF 1.5): invisible to a plain text search. */
  pdfJavaScriptDansFluxObjets: () => {
    const objets = "<< /Type /Action /S /JavaScript /JS (app.alert(1);) >>";
    return pdf([
      ...PAGE("/OpenAction 7 0 R "),
      flux("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", deflateSync(latin1(`7 0 ${objets}`))),
    ]);
  },
  /**
   * The action hidden between `%stream` and `%endstream` comments: a reader skips comments and runs the
   * /OpenAction, a naive scan takes the comment pair for a binary stream and never reads what lies between.
   */
  pdfJavaScriptDerriereCommentaires: () =>
    pdf([
      ...PAGE("/OpenAction 6 0 R ").slice(0, 4),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\n%stream",
      "<< /Type /Action /S /JavaScript /JS (app.alert(1);) >>\n%endstream",
    ]),
  /** A link annotation on the page that opens a web address. */
  pdfLien: () => {
    const page = PAGE();
    page[2] = (page[2] as string).replace("/Contents", "/Annots [6 0 R] /AA << /O 7 0 R >> /Contents");
    return pdf([
      ...page,
      "<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /URI /URI (https://exemple.invalid/) >> >>",
      "<< /S /URI /URI (https://exemple.invalid/ouverture) >>",
    ]);
  },
  pdfLancement: () =>
    pdf([...PAGE("/OpenAction 6 0 R "), "<< /Type /Action /S /Launch /F (C:\\\\Windows\\\\System32\\\\cmd.exe) >>"]),
  pdfFichierJoint: () =>
    pdf([
      ...PAGE("/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >> "),
      "<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>",
      flux("/Type /EmbeddedFile", latin1("MZ")),
    ]),
  pdfChiffre: () => pdf(PAGE(), { trailerEnPlus: "/Encrypt << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >> " }),
  pdfTronque: () => pdf(PAGE(), { sansFin: true }),
  /** An object stream compressed with a filter the check cannot decode: its content cannot be vouched for. */
  pdfFluxObjetsIllisible: () =>
    pdf([...PAGE(), flux("/Type /ObjStm /N 1 /First 6 /Filter /LZWDecode", latin1("\x80\x0b\x60\x50"))]),
  /** Decompresses to far more than the budget. */
  pdfBombe: (octets: number) =>
    pdf([
      ...PAGE(),
      flux("/Type /ObjStm /N 1 /First 6 /Filter /FlateDecode", deflateSync(Buffer.alloc(octets, 0x20), { level: 9 })),
    ]),
  png: (largeur = 4, hauteur = 3) => png(largeur, hauteur),
  jpeg: (largeur = 16, hauteur = 8) => jpeg(largeur, hauteur),
  /** A Windows program renamed "avis.pdf": starts with "MZ", nothing else matters. */
  exe: () =>
    Buffer.concat([
      latin1("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),
      Buffer.alloc(200, 0),
      latin1("This program cannot be run in DOS mode."),
    ]),
  /** A Linux program (ELF header) renamed "avis.pdf" or "photo.jpg". */
  elf: () =>
    Buffer.concat([
      latin1("\x7fELF\x02\x01\x01\x00"),
      Buffer.alloc(8, 0),
      latin1("\x02\x00\x3e\x00"),
      Buffer.alloc(200, 0),
    ]),
  html: () => latin1("<!doctype html><script>alert(document.cookie)</script>"),
  /** A JPEG that is also a ZIP archive (readers of ZIP find the central directory from the end of the file). */
  jpegZip: () =>
    Buffer.concat([jpeg(64, 48), zip("lisez-moi.hta", latin1("<script>new ActiveXObject('WScript.Shell')</script>"))]),
  /** A JPEG whose entropy-coded data is cut short, with its end marker put back: the header check lets it through. */
  jpegTronque: () => {
    const complet = jpeg(640, 480);
    return Buffer.concat([complet.subarray(0, complet.length - 2 - 1500), Buffer.from([0xff, 0xd9])]);
  },
  /** A PNG whose compressed pixels are cut short, followed by a well-formed IEND chunk. */
  pngTronque: () => {
    const complet = png(256, 256);
    const idat = complet.indexOf("IDAT", 0, "latin1") - 4;
    const longueur = complet.readUInt32BE(idat);
    const coupe = complet.subarray(idat + 8, idat + 8 + Math.floor(longueur / 3));
    return Buffer.concat([complet.subarray(0, idat), bloc("IDAT", coupe), bloc("IEND", Buffer.alloc(0))]);
  },
};

/** 1-bit greyscale PNG, all black: tiny on disk, `largeur × hauteur` pixels once decoded. */
export function pngImmense(largeur: number, hauteur: number): Buffer {
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(largeur, 0);
  entete.writeUInt32BE(hauteur, 4);
  entete.set([1, 0, 0, 0, 0], 8); // 1 bit, greyscale
  const lignes = Buffer.alloc(hauteur * (1 + Math.ceil(largeur / 8)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bloc("IHDR", entete),
    bloc("IDAT", deflateSync(lignes)),
    bloc("IEND", Buffer.alloc(0)),
  ]);
}

/** A ZIP archive with one stored (uncompressed) entry. */
function zip(nom: string, contenu: Buffer): Buffer {
  const n = latin1(nom);
  const controle = crc32(contenu);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(controle, 14);
  local.writeUInt32LE(contenu.length, 18);
  local.writeUInt32LE(contenu.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(controle, 16);
  central.writeUInt32LE(contenu.length, 20);
  central.writeUInt32LE(contenu.length, 24);
  central.writeUInt16LE(n.length, 28);
  const tailleLocale = local.length + n.length + contenu.length;
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(1, 8);
  fin.writeUInt16LE(1, 10);
  fin.writeUInt32LE(central.length + n.length, 12);
  fin.writeUInt32LE(tailleLocale, 16);
  return Buffer.concat([local, n, contenu, central, n, fin]);
}

function bloc(type: string, donnees: Buffer): Buffer {
  const corps = Buffer.concat([latin1(type), donnees]);
  const taille = Buffer.alloc(4);
  taille.writeUInt32BE(donnees.length);
  const controle = Buffer.alloc(4);
  controle.writeUInt32BE(crc32(corps));
  return Buffer.concat([taille, corps, controle]);
}

/** RGB PNG, a blue gradient; `ihdr` lets a test announce other dimensions than the pixels it carries. */
export function png(largeur: number, hauteur: number, ihdr: { largeur?: number; hauteur?: number } = {}): Buffer {
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(ihdr.largeur ?? largeur, 0);
  entete.writeUInt32BE(ihdr.hauteur ?? hauteur, 4);
  entete.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const lignes = Buffer.alloc(hauteur * (1 + 3 * largeur));
  for (let y = 0; y < hauteur; y++) {
    for (let x = 0; x < largeur; x++)
      lignes.set([30, 58, Math.round((255 * x) / Math.max(1, largeur - 1))], y * (1 + 3 * largeur) + 1 + 3 * x);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bloc("IHDR", entete),
    bloc("IDAT", deflateSync(lignes)),
    bloc("IEND", Buffer.alloc(0)),
  ]);
}

const segment = (marqueur: number, donnees: number[]) =>
  Buffer.from([0xff, marqueur, ((donnees.length + 2) >> 8) & 0xff, (donnees.length + 2) & 0xff, ...donnees]);

/**
 * Baseline greyscale JPEG, uniform mid-grey: every 8×8 block has DC difference 0 (Huffman code `00`) and an
 * immediate end-of-block (`1010`), with the standard tables of ITU T.81 annex K.
 */
export function jpeg(largeur: number, hauteur: number): Buffer {
  const dqt = segment(0xdb, [0x00, ...Array<number>(64).fill(1)]);
  const sof = segment(0xc0, [8, hauteur >> 8, hauteur & 0xff, largeur >> 8, largeur & 0xff, 1, 1, 0x11, 0]);
  const dhtDc = segment(
    0xc4,
    [0x00, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  );
  const acCompte = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
  const acValeurs = Buffer.from(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa",
    "hex",
  );
  const dhtAc = segment(0xc4, [0x10, ...acCompte, ...acValeurs]);
  const sos = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
  const blocs = Math.ceil(largeur / 8) * Math.ceil(hauteur / 8);
  // 6 bits per block ("00" + "1010"), padded with 1s; a 0xFF byte would need stuffing, which "001010…" never yields.
  const bits = "001010".repeat(blocs);
  const complet = bits + "1".repeat((8 - (bits.length % 8)) % 8);
  const donnees = Buffer.from(complet.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), dqt, sof, dhtDc, dhtAc, sos, donnees, Buffer.from([0xff, 0xd9])]);
}
