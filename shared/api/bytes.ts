import { z } from 'zod';

/** A file's contents crossing the API; IPC clones Uint8Array and the HTTP transport decodes it back (wire.ts). */
export const fileBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected file bytes' });
