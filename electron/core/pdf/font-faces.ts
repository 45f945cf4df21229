import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/** The faces every PDF uses: a Chinese face and a Latin one, each in two weights. */
export type FaceName = 'cjk-regular' | 'cjk-bold' | 'latin-regular' | 'latin-bold';
export const FACE_NAMES: readonly FaceName[] = ['cjk-regular', 'cjk-bold', 'latin-regular', 'latin-bold'];

/** Built by scripts/fonts/build-fonts.ts and shipped in resources/fonts/ (licence: LICENSE.txt there). */
export const FONT_FILES: Record<FaceName, string> = {
  'cjk-regular': 'NotoSansCJKsc-Regular.subset.otf',
  'cjk-bold': 'NotoSansCJKsc-Bold.subset.otf',
  'latin-regular': 'NotoSans-Regular.subset.ttf',
  'latin-bold': 'NotoSans-Bold.subset.ttf',
};

export type FaceBytes = Record<FaceName, Uint8Array>;

/** Parsed faces plus the bytes they came from (the batch subsetter and the render workers need the bytes). */
export interface FontFaces {
  bytes: FaceBytes;
  fonts: Record<FaceName, fontkit.Font>;
}

export function parseFaces(bytes: FaceBytes): FontFaces {
  const fonts = Object.fromEntries(
    FACE_NAMES.map((name) => {
      const font = fontkit.create(Buffer.from(bytes[name].buffer, bytes[name].byteOffset, bytes[name].byteLength));
      if (!('layout' in font)) throw new Error(`${name} is a font collection, not a font`);
      return [name, font];
    }),
  ) as Record<FaceName, fontkit.Font>;
  return { bytes, fonts };
}

/** Reads and parses the shipped fonts. Callers keep the result: parsing is done once per process. */
export function loadFaces(fontsDir: string): FontFaces {
  const bytes = Object.fromEntries(FACE_NAMES.map((name) => [name, new Uint8Array(readFileSync(join(fontsDir, FONT_FILES[name])))])) as FaceBytes;
  return parseFaces(bytes);
}
