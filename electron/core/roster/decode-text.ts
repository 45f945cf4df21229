import iconv from 'iconv-lite';
import { AppError } from '../../../shared/api/result';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a CSV or text file as Excel and WPS write them on Chinese Windows: UTF-8 with or without a BOM,
 * "Unicode text" (UTF-16 with a BOM, or without one, told apart by where the zero bytes fall), or the ANSI code
 * page, GBK, decoded as its superset GB18030. Anything that is valid UTF-8 is taken as UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (bytes.includes(0)) throw new AppError('ROSTER_UNREADABLE');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (text.includes('\uFFFD')) throw new AppError('ROSTER_UNREADABLE');
    return { text, encoding: 'gb18030' };
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('ROSTER_UNREADABLE');
  }
}

/** UTF-16 text of mostly ASCII punctuation and digits has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 2000);
  if (sample.length < 4 || sample.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}
