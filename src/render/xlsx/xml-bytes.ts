// A part's XML as UTF-8 pieces of a few hundred KB. Each row is encoded into the current piece as
// it is written: collecting rows in a string first would flatten and encode every piece once more
// and leave those large strings behind for the garbage collector. A piece handed on comes back
// once it has been read (compressed) and is filled again, so a workbook of any size cycles through
// the same few buffers instead of allocating one per piece.

/** Each piece handed on is about this large. */
const PIECE_BYTES = 256 * 1024;

/** Buffers for pieces, shared by the parts of one workbook: the next part fills those the last one used. */
export class PiecePool {
  private readonly spare: Buffer[] = [];

  take(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafe(PIECE_BYTES);
  }

  give(buf: Buffer): void {
    // A piece made larger for one long text is not kept.
    if (buf.length === PIECE_BYTES) this.spare.push(buf);
  }
}

export class XmlBytes {
  private buf: Buffer;
  private pos = 0;

  /**
   * `emit` receives each full piece and calls `release` once it has read it; until then the piece
   * is the receiver's (the compressor reads it later, on another thread).
   */
  constructor(private readonly emit: (piece: Buffer, release: () => void) => void, private readonly pool: PiecePool) {
    this.buf = pool.take();
  }

  /** Appends `s` as UTF-8 (escaping is the caller's). */
  utf8(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes.
    const most = s.length * 3;
    if (this.pos + most > this.buf.length) {
      this.flush();
      if (most > this.buf.length) {
        this.pool.give(this.buf);
        this.buf = Buffer.allocUnsafe(most);
      }
    }
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /** Hands the bytes so far on, and goes on in a fresh buffer. */
  private flush(): void {
    if (this.pos === 0) return;
    this.handOn();
    this.buf = this.pool.take();
    this.pos = 0;
  }

  /** Hands the last bytes on (or the unused buffer back to the pool): the part is written. */
  end(): void {
    if (this.pos > 0) this.handOn();
    else this.pool.give(this.buf);
  }

  /** Emits the filled part of the buffer; the buffer goes back to the pool once it is read. */
  private handOn(): void {
    const full = this.buf;
    this.emit(full.subarray(0, this.pos), () => { this.pool.give(full); });
  }
}
