import { joined } from './readers/line-bytes';

const NEWLINE = 0x0a;
/** Text decoded at a time: small enough that its string is a young object, cheap to collect. */
const WINDOW_BYTES = 64 * 1024;
/** A line longer than this without a newline is read as it is, so memory stays bounded. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * Cuts UTF-8 bytes, as they arrive, into texts of whole lines of about 64 KB each, decoded one at a
 * time: a line-based reader then sees the same lines it would in the whole text, while no string
 * bigger than a window is ever made and no piece is copied to join it with the next.
 */
export class LineWindows {
  private rest: Uint8Array = new Uint8Array(0);
  private first = true;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly onText: (text: string) => void) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.first && bytes.length) {
      this.first = false;
      // The text path's decoder drops a byte-order mark; so does this one.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const last = bytes.lastIndexOf(NEWLINE);
    if (last < 0) {
      this.rest = joined(this.rest, bytes);
      if (this.rest.length >= MAX_LINE_BYTES) this.flush();
      return;
    }
    let start = 0;
    if (this.rest.length) {
      const newline = bytes.indexOf(NEWLINE);
      this.onText(this.decoder.decode(joined(this.rest, bytes.subarray(0, newline))));
      start = newline + 1;
    }
    while (start <= last) {
      let end = bytes.lastIndexOf(NEWLINE, Math.min(last, start + WINDOW_BYTES));
      if (end < start) end = bytes.indexOf(NEWLINE, start); // one line longer than a window
      this.onText(this.decoder.decode(bytes.subarray(start, end)));
      start = end + 1;
    }
    this.rest = bytes.slice(last + 1);
  }

  /** Reads the last line, one without a newline. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.rest.length) this.onText(this.decoder.decode(this.rest));
    this.rest = new Uint8Array(0);
  }
}
