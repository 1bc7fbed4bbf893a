// Code points of bytes 0x80–0x9F in Windows-1252 (WHATWG Encoding, index-windows-1252); every
// other byte is its own code point. Decoded here rather than through TextDecoder because Node 20
// and 22 decode the label 'windows-1252' as ISO-8859-1 (0x80 becomes U+0080, not €).
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes; every byte maps to one character, so chunks decode independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep String.fromCharCode's argument list well under engines' limits.
  const chunk = 8192;
  const codes = new Array<number>(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (high[byte - 0x80] ?? byte) : byte;
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}
