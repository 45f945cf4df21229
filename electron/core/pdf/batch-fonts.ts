import subsetFont from 'subset-font';
import type { FaceBytes, FaceName } from './font-faces';
import { MISSING_MARK } from './text-runs';

/** Always kept, whatever the batch's text: digits and ASCII punctuation are cheap and used everywhere. */
const ALWAYS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i))}${MISSING_MARK}…·\u3000`;

/**
 * Cuts the Chinese faces down to the characters of one batch. pdfkit's own per-document subsetting keeps the
 * full subroutine index of a CFF font (thousands of empty entries), which would cost every certificate tens of
 * KB; a harfbuzz subset, made once per batch, renumbers them away. The Latin faces are TrueType, which pdfkit
 * subsets compactly by itself, so they are passed through.
 */
export async function subsetFacesForText(bytes: FaceBytes, text: string): Promise<FaceBytes> {
  const chars = [...new Set(ALWAYS + text.normalize('NFC'))].join('');
  const cut = async (face: FaceName) =>
    new Uint8Array(await subsetFont(Buffer.from(bytes[face]), chars, { targetFormat: 'sfnt', noHinting: true, noLayoutClosure: true }));
  const [regular, bold] = await Promise.all([cut('cjk-regular'), cut('cjk-bold')]);
  return { ...bytes, 'cjk-regular': regular, 'cjk-bold': bold };
}
