// A part's XML as UTF-8 pieces of a few hundred KB. Each row is encoded into the current piece as
// it is written: collecting rows in a string first would flatten and encode every piece once more
// and leave those large strings behind for the garbage collector.

/** Each piece handed on is about this large. */
const PIECE_BYTES = 256 * 1024;

export class XmlBytes {
  private buf = Buffer.allocUnsafe(PIECE_BYTES);
  private pos = 0;

  /** `emit` receives each full piece; it owns the buffer from then on (the compressor reads it later). */
  constructor(private readonly emit: (piece: Buffer) => void) {}

  /** Appends `s` as UTF-8 (escaping is the caller's). */
  utf8(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes.
    const most = s.length * 3;
    if (this.pos + most > this.buf.length) {
      this.flush();
      if (most > this.buf.length) this.buf = Buffer.allocUnsafe(most);
    }
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /** Hands the bytes so far on. */
  flush(): void {
    if (this.pos === 0) return;
    this.emit(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(PIECE_BYTES);
    this.pos = 0;
  }
}
