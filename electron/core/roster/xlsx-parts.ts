import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../../../shared/api/result';
import { MAX_ROSTER_ROWS } from '../../../shared/domain/roster';
import { slices } from './slices';

/**
 * Caps for what a roster workbook may unpack to. A 5,000-row roster sheet is about 2 MB of XML, its shared strings
 * less; these leave room for wide sheets and verbose writers while a bomb (millions of strings or rows packed
 * into a few hundred KB) is refused before any XML is parsed.
 */
export const XLSX_LIMITS = {
  partBytes: 16 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  entries: 2000,
  worksheets: 64,
  /** Distinct strings: a full roster needs at most rows × columns of them. */
  sharedStrings: (MAX_ROSTER_ROWS + 20) * 40,
} as const;

/** The parts ExcelJS reads to give rows; pictures, drawings, themes and the rest are never unpacked. */
const NEEDED_PART = /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/**
 * The order of the clean zip: ExcelJS's streaming reader parses each part as it arrives, and reads a sheet straight
 * away (instead of spilling it to a temporary file) only once it knows the workbook, its links and the shared strings.
 */
const PART_ORDER = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const rank = (name: string) => (PART_ORDER.includes(name) ? PART_ORDER.indexOf(name) : PART_ORDER.length);

const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

const tooLarge = () => new AppError('ROSTER_FILE_TOO_LARGE', { megabytes: XLSX_LIMITS.totalBytes / (1024 * 1024) });
const unreadable = () => new AppError('ROSTER_UNREADABLE');

/**
 * Reads the zip's central directory first and refuses a workbook whose parts, or whose total, would unpack past
 * the caps, or that declares an absurd number of sheets. Only then are the needed parts inflated, the running size
 * checked against the declared one (yauzl's validateEntrySizes), and packed again, uncompressed, into a clean zip
 * for ExcelJS's streaming reader: the bytes it sees are exactly the ones checked here.
 */
export async function checkedWorkbookZip(bytes: Uint8Array): Promise<Buffer> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > XLSX_LIMITS.entries) throw tooLarge();
    const entries = await listEntries(zip);
    const needed = entries.filter((entry) => NEEDED_PART.test(entry.fileName)).sort((a, b) => rank(a.fileName) - rank(b.fileName));
    if (needed.filter((entry) => WORKSHEET.test(entry.fileName)).length > XLSX_LIMITS.worksheets) throw tooLarge();
    let total = 0;
    for (const entry of needed) {
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > XLSX_LIMITS.partBytes || total > XLSX_LIMITS.totalBytes) throw tooLarge();
    }
    const clean = new yazl.ZipFile();
    // Without a shared-string table ExcelJS spills each sheet to a temporary file and parses it afterwards in large
    // pieces; an empty table, ahead of the sheets, keeps it streaming from our small slices.
    if (!needed.some((entry) => entry.fileName === 'xl/sharedStrings.xml')) clean.addBuffer(Buffer.from(EMPTY_SHARED_STRINGS), 'xl/sharedStrings.xml', { compress: false });
    for (const entry of needed) {
      const data = await inflate(zip, entry);
      if (entry.fileName === 'xl/sharedStrings.xml' && stringCount(data) > XLSX_LIMITS.sharedStrings) throw new AppError('ROSTER_TOO_LARGE', { max: MAX_ROSTER_ROWS });
      // As a stream of small pieces: yazl checksums a buffer in one go, which would hold the thread on a large part.
      clean.addReadStream(Readable.from(slices(data)), entry.fileName, { compress: false, size: data.length });
    }
    clean.end();
    return await collect(clean.outputStream);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(unreadable()) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(unreadable()));
    zip.readEntry();
  });
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(unreadable());
      collect(stream).then(resolve, () => reject(unreadable()));
    });
  });
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('error', reject);
    stream.once('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The larger of the count sharedStrings.xml declares and the `<si` elements it really holds (a count can lie). */
function stringCount(xml: Buffer): number {
  const head = xml.subarray(0, 2048).toString('utf8');
  const declared = Number(/<(?:\w+:)?sst\b[^>]*?\b(?:uniqueCount|count)="(\d+)"/.exec(head)?.[1] ?? 0);
  let found = 0;
  for (let at = xml.indexOf('<si'); at !== -1; at = xml.indexOf('<si', at + 3)) found++;
  return Math.max(declared, found);
}
