import type { CertificatePrint } from '../../../shared/domain/certificates';
import type { FaceBytes } from './font-faces';
import type { PreparedImage } from './prepared-image';

/** Messages between the certificate renderer and its worker threads (structured clone, no functions). */
export type ToWorker =
  | { type: 'batch'; batchId: number; fonts: FaceBytes; images: Record<string, PreparedImage> }
  | { type: 'separate'; batchId: number; taskId: number; prints: CertificatePrint[] }
  | { type: 'combined'; batchId: number; taskId: number; prints: CertificatePrint[]; title: string };

export type FromWorker =
  | { type: 'progress'; taskId: number; done: number }
  | { type: 'result'; taskId: number; pdfs: Uint8Array[] }
  | { type: 'error'; taskId: number; message: string };
