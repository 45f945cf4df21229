import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../../shared/api/result';

/** Longest side of a stored photo: sharp enough to read a label in a report, small enough for 2,000 in a backup. */
export const PHOTO_MAX_SIDE = 1600;
/** A phone or laptop camera gives at most a few tens of megapixels; more is not a photo but a decompression bomb. */
const MAX_INPUT_PIXELS = 100_000_000;

export interface PreparedPhoto {
  bytes: Buffer;
  sha256: string;
  width: number;
  height: number;
}

/**
 * Turns any image a trainer attaches (camera JPEG, HEIC exported as JPEG, PNG screenshot, WebP) into the stored
 * form: turned upright by its EXIF orientation, no larger than PHOTO_MAX_SIDE, flattened onto white, saved as
 * JPEG (libjpeg-turbo: mozjpeg's smaller files took several times longer per photo). sharp writes no metadata
 * unless asked, so location and camera data never reach the data folder.
 */
export async function preparePhoto(input: Uint8Array): Promise<PreparedPhoto> {
  try {
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, sha256: createHash('sha256').update(data).digest('hex'), width: info.width, height: info.height };
  } catch {
    throw new AppError('IMAGE_INVALID');
  }
}
