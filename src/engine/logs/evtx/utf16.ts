const decoder = new TextDecoder('utf-16le');
/** Text decoded in JavaScript up to this many bytes; longer text goes to TextDecoder. */
const SHORT_BYTES = 512;
const units = new Uint16Array(SHORT_BYTES / 2);

/**
 * UTF-16LE bytes as text, exactly as TextDecoder('utf-16le') decodes them. A record's names and
 * values are short: they are decoded here, without the native decoder's per-call buffers (which
 * grew the reader's memory with the file); text with a surrogate, a leading byte-order mark or an
 * odd byte goes to TextDecoder, which replaces or drops those as the standard says.
 */
export function decodeUtf16le(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n > SHORT_BYTES || n & 1) return decoder.decode(bytes);
  const count = n >> 1;
  for (let i = 0; i < count; i++) {
    const unit = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    if ((unit >= 0xd800 && unit <= 0xdfff) || (i === 0 && unit === 0xfeff))
      return decoder.decode(bytes);
    units[i] = unit;
  }
  return String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]);
}
