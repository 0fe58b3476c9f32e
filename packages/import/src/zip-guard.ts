/**
 * A DOCX is a zip archive, and a zip can claim anything: a 5 MB file may unpack to gigabytes (a "zip
 * bomb"). Before any parser sees it, the central directory is read, every entry's declared size is
 * bounded, and every entry is actually inflated with a hard cap on its output, so an entry that lies
 * about its size is caught too. Only then does mammoth get the file.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './errors.js';
import { IMPORT_LIMITS } from './limits.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  localOffset: number;
}

const bomb = () =>
  new ImportError(
    'zip_bomb',
    'This Word file unpacks to far more data than any resume holds, so it was not opened. Save the document again from Word or LibreOffice and import that.',
  );
const damaged = () =>
  new ImportError(
    'damaged',
    'This Word file is damaged and could not be read. Save it again from your editor and retry.',
  );

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > IMPORT_LIMITS.maxZipEntries) throw bomb();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      packedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
    };
    // ZIP64 markers: no resume needs an archive that large.
    if (entry.size === 0xffffffff || entry.packedSize === 0xffffffff) throw bomb();
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Throws ImportError unless every entry unpacks within the limits, as declared and in fact. */
export function assertSafeZip(bytes: Uint8Array): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.packedSize);
    if (total > IMPORT_LIMITS.maxUnpackedBytes) throw bomb();
    if (entry.size > 1024 * 1024 && ratio > IMPORT_LIMITS.maxCompressionRatio) throw bomb();
    if (entry.method === 0) continue;
    if (entry.method !== 8) throw damaged();
    const local = entry.localOffset;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) throw damaged();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = bytes.subarray(start, start + entry.packedSize);
    try {
      // One byte more than declared: an entry that inflates past its declared size is a lie.
      inflateRawSync(packed, { maxOutputLength: entry.size + 1, finishFlush: 2 /* Z_SYNC_FLUSH */ });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw bomb();
      throw damaged();
    }
  }
  return entries;
}
