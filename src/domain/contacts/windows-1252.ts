// Windows-1252, the charset of older Outlook exports and of vCard 2.1 files that name none.
// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and loses €, “ ” and the like,
// so the 0x80–0x9F block is mapped here.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const codes = Array.from(bytes.subarray(i, i + 4096), (b) =>
      b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Whether a charset label means Windows-1252 (WHATWG folds Latin-1 into it too). */
export function isWindows1252(label: string): boolean {
  return /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/i.test(
    label.trim(),
  );
}
