// The .xlsx container: a plain zip (deflate, no zip64), written front to back to one file.
// Small parts are deflated whole; a worksheet is deflated as its rows arrive (node's zlib, off the
// main thread), with back-pressure, so no sheet is ever held whole in memory.
import { once } from 'node:events';
import fs from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import zlib from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 3: sizes and CRC follow the data; bit 11: the name is UTF-8. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
/** Without zip64 a size or an offset must fit in 32 bits. */
const ZIP32_LIMIT = 0xffff_ffff;
/**
 * What the compressor may have queued before a writer is told to wait: two pieces of 256 KB
 * (xml-bytes.ts), so one is compressed (on a worker thread) while the next is being filled.
 */
const QUEUED_BYTES = 512 * 1024;
/** The compressor's output comes in chunks of this size, each written to the file as it comes. */
const OUTPUT_CHUNK_BYTES = 64 * 1024;

// zlib.crc32 arrived in Node 20.15; the table is for earlier 20.x.
let crcTable: Int32Array | undefined;
function tableCrc32(data: Buffer, crc: number): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
const crc32: (data: Buffer, crc: number) => number = typeof zlib.crc32 === 'function' ? zlib.crc32 : tableCrc32;

interface Entry { name: Buffer; flags: number; crc: number; compressed: number; size: number; offset: number }

/** An entry's CRC, compressed size and size, from `at`: local header, data descriptor and central header all carry them. */
function writeSizes(h: Buffer, at: number, e: Entry): void {
  h.writeUInt32LE(e.crc, at);
  h.writeUInt32LE(e.compressed, at + 4);
  h.writeUInt32LE(e.size, at + 8);
}

/** MS-DOS date and time of the entries (the zip format's own, local time without a zone). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

export class ZipWriter {
  private offset = 0;
  private closed = false;
  private readonly entries: Entry[] = [];
  private readonly stamp: { date: number; time: number };

  /** `modified` dates every entry: the workbook's own date, so the same report gives the same file. */
  constructor(private readonly fd: number, private readonly level: number, modified: Date) {
    this.stamp = dosDateTime(modified);
  }

  static open(file: string, level: number, modified: Date): ZipWriter {
    return new ZipWriter(fs.openSync(file, 'w'), level, modified);
  }

  /** Appends bytes at the end of the file. */
  put(data: Uint8Array): void {
    let done = 0;
    while (done < data.length) done += fs.writeSync(this.fd, data, done, data.length - done);
    this.offset += data.length;
  }

  /**
   * From `at`: flags, method, time, date, CRC, sizes and name length — the run of fields the local
   * and central headers share (CRC and sizes left zero when a data descriptor follows the data).
   */
  private entryFields(h: Buffer, at: number, e: Entry, withSizes: boolean): void {
    h.writeUInt16LE(e.flags, at);
    h.writeUInt16LE(DEFLATE, at + 2);
    h.writeUInt16LE(this.stamp.time, at + 4);
    h.writeUInt16LE(this.stamp.date, at + 6);
    if (withSizes) writeSizes(h, at + 8, e);
    h.writeUInt16LE(e.name.length, at + 20);
  }

  private localHeader(e: Entry): void {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOCAL_HEADER, 0);
    h.writeUInt16LE(VERSION, 4);
    this.entryFields(h, 6, e, !(e.flags & FLAG_DESCRIPTOR));
    this.put(h);
    this.put(e.name);
  }

  private checkSize(e: Entry): void {
    if (e.size > ZIP32_LIMIT || e.compressed > ZIP32_LIMIT || this.offset > ZIP32_LIMIT) {
      throw new Error(`${e.name.toString()} is larger than a workbook can be (4 GiB)`);
    }
  }

  /** A part given whole. */
  addPart(name: string, text: string): void {
    const data = Buffer.from(text, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: this.level });
    const e: Entry = { name: Buffer.from(name, 'utf8'), flags: FLAG_UTF8, crc: crc32(data, 0), compressed: deflated.length, size: data.length, offset: this.offset };
    this.checkSize(e);
    this.localHeader(e);
    this.put(deflated);
    this.entries.push(e);
  }

  /** A part written piece by piece; call `end` before starting the next part. */
  openPart(name: string): PartWriter {
    const e: Entry = { name: Buffer.from(name, 'utf8'), flags: FLAG_UTF8 | FLAG_DESCRIPTOR, crc: 0, compressed: 0, size: 0, offset: this.offset };
    this.localHeader(e);
    return new PartWriter(this, e, this.level, () => {
      this.checkSize(e);
      const d = Buffer.alloc(16);
      d.writeUInt32LE(DATA_DESCRIPTOR, 0);
      writeSizes(d, 4, e);
      this.put(d);
      this.entries.push(e);
    });
  }

  /** Writes the central directory and closes the file. */
  close(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL_HEADER, 0);
      h.writeUInt16LE(VERSION, 4);
      h.writeUInt16LE(VERSION, 6);
      this.entryFields(h, 8, e, true);
      h.writeUInt32LE(e.offset, 42);
      this.put(h);
      this.put(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    this.abort();
  }

  /** Closes the file without finishing it (the caller removes it). */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}

/** One part being deflated into the zip. */
export class PartWriter {
  private readonly deflate: zlib.DeflateRaw;
  /** A failure inside the compressor's events (a full disk), reported by the next call. */
  private failure: Error | null = null;
  /** A piece was written since the producer last paused. */
  private handed = false;

  constructor(zip: ZipWriter, private readonly entry: Entry, level: number, private readonly finish: () => void) {
    // The stream's own options pass through to its Transform (ZlibOptions' type leaves them out).
    const options: zlib.ZlibOptions & { writableHighWaterMark: number } = { level, chunkSize: OUTPUT_CHUNK_BYTES, writableHighWaterMark: QUEUED_BYTES };
    this.deflate = zlib.createDeflateRaw(options);
    this.deflate.on('data', (chunk: Buffer) => {
      try {
        zip.put(chunk);
        entry.compressed += chunk.length;
      } catch (err) {
        this.deflate.destroy(err instanceof Error ? err : new Error(String(err)));
      }
    });
    this.deflate.on('error', (err) => { this.failure ??= err; });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /**
   * Queues `content` for the compressor (check `shouldPause` before producing more). `read` is
   * called once the compressor has read it (a buffer can then be reused).
   */
  write(content: string | Buffer, read?: () => void): void {
    this.check();
    this.handed = true;
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.entry.crc = crc32(data, this.entry.crc);
    this.entry.size += data.length;
    this.deflate.write(data, read);
  }

  /**
   * True when the producer should `pause()`: a piece was handed on since its last pause. (The
   * compressor can only fall behind through a write, and `pause()` waits until it has caught up.)
   */
  get shouldPause(): boolean {
    return this.handed;
  }

  /**
   * Waits while the compressor is behind, else gives the event loop one turn. The compressor runs
   * on a worker thread, but it is handed each piece, and its output is taken, by callbacks on this
   * thread: without a turn after each piece it would sit idle until the producer had to wait.
   */
  async pause(): Promise<void> {
    this.check();
    this.handed = false;
    if (this.deflate.writableNeedDrain) await once(this.deflate, 'drain');
    else await setImmediate();
  }

  async end(): Promise<void> {
    this.check();
    const ended = once(this.deflate, 'end');
    this.deflate.end();
    await ended;
    this.check();
    this.finish();
  }
}
