import yauzl from 'yauzl';
import { AppError } from '../../../shared/api/result';
import { MAX_PACK_BYTES, MAX_PACK_FILES, type PackFile } from './install-pack';

const MAX_ENTRY_BYTES = 50 * 1024 * 1024;

/**
 * Reads a .zip into memory with yauzl, which refuses entries whose names escape the archive. Directory entries and
 * symlinks are skipped; paths are checked again by the installer before anything is written.
 */
export function readZip(bytes: Uint8Array): Promise<PackFile[]> {
  return new Promise((resolve, reject) => {
    const invalid = (message: string) => new AppError('PACK_INVALID', { problems: [{ file: '(zip)', field: '', message }] });
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(invalid('not a readable .zip file'));
      if (zip.entryCount > MAX_PACK_FILES) return reject(invalid(`more than ${MAX_PACK_FILES} files`));
      const files: PackFile[] = [];
      // Counted as the bytes arrive, so a small archive that inflates to gigabytes is stopped early.
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        const isDirectory = entry.fileName.endsWith('/');
        const isSymlink = ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
        if (isDirectory || isSymlink) return zip.readEntry();
        if (entry.uncompressedSize > MAX_ENTRY_BYTES) return reject(invalid(`${entry.fileName} is too large`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(invalid(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > MAX_PACK_BYTES) {
              stream.destroy();
              zip.close();
              return reject(invalid('the pack is larger than 200 MB'));
            }
            chunks.push(chunk);
          });
          stream.on('error', () => reject(invalid(`cannot read ${entry.fileName}`)));
          stream.on('end', () => {
            files.push({ path: entry.fileName, bytes: new Uint8Array(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', () => reject(invalid('the .zip file is damaged')));
      zip.readEntry();
    });
  });
}
