/** Photos attached to follow-up records; the file is stored once, by content hash, however often it is attached. */
import { z } from 'zod';
import { recordId } from '../people';
import { line } from './fields';

export const PHOTO_OWNER_KINDS = ['visit', 'finding', 'action', 'project'] as const;
export type PhotoOwnerKind = (typeof PHOTO_OWNER_KINDS)[number];

/** 'before' and 'after' only on a project, 'evidence' only on an action (the photo its verification rests on). */
export const PHOTO_ROLES = ['photo', 'before', 'after', 'evidence'] as const;
export type PhotoRole = (typeof PHOTO_ROLES)[number];

export const photoOwner = z.object({ kind: z.enum(PHOTO_OWNER_KINDS), id: recordId }).strict();
export type PhotoOwner = z.infer<typeof photoOwner>;

export const photoAttachment = z
  .object({ owner: photoOwner, role: z.enum(PHOTO_ROLES), caption: line(200) })
  .strict()
  .refine(
    (p) => p.role === 'photo' || (p.owner.kind === 'project' && (p.role === 'before' || p.role === 'after')) || (p.owner.kind === 'action' && p.role === 'evidence'),
    { path: ['role'], message: 'this role does not fit this record' },
  );
export type PhotoAttachment = z.infer<typeof photoAttachment>;

export interface PhotoLink extends PhotoAttachment {
  id: string;
  photoId: string;
  sha256: string;
  width: number;
  height: number;
  createdAt: string;
}
