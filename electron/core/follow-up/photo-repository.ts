import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { PhotoAttachment, PhotoLink, PhotoOwner, PhotoOwnerKind } from '../../../shared/domain/follow-up/photos';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { writeFileAtomically } from '../files/write-atomically';
import { hashOfPhotoPath, listPhotoFolder, photoPath } from './photo-files';
import { preparePhoto } from './prepare-photo';

/** The link column for each kind of owner: a fixed list, never input. */
const OWNER_COLUMN: Record<PhotoOwnerKind, string> = { visit: 'visit_id', finding: 'finding_id', action: 'action_id', project: 'project_id' };

interface LinkRow {
  id: string;
  photo_id: string;
  sha256: string;
  width: number;
  height: number;
  role: PhotoLink['role'];
  caption: string;
  visit_id: string | null;
  finding_id: string | null;
  action_id: string | null;
  project_id: string | null;
  created_at: string;
}

const SELECT_LINK = `SELECT l.id, l.photo_id, p.sha256, p.width, p.height, l.role, l.caption, l.visit_id, l.finding_id, l.action_id, l.project_id,
    l.created_at
  FROM photo_links l JOIN photos p ON p.id = l.photo_id`;

function toLink(row: LinkRow): PhotoLink {
  const kind = (Object.keys(OWNER_COLUMN) as PhotoOwnerKind[]).find((k) => row[OWNER_COLUMN[k] as keyof LinkRow] !== null)!;
  return {
    id: row.id,
    photoId: row.photo_id,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    owner: { kind, id: row[OWNER_COLUMN[kind] as keyof LinkRow] as string },
    role: row.role,
    caption: row.caption,
    createdAt: row.created_at,
  };
}

/**
 * Photos of findings, actions, projects and visits. A file is written before its row (atomically), and files
 * without a row are collected, so a crash between the two leaves at most a file that the next collection removes.
 * Every delete of a record that can hold photos ends with collectGarbage(): no orphan file outlives its record.
 */
export class PhotoRepository {
  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
  ) {}

  async attach(image: Uint8Array, attachment: PhotoAttachment): Promise<PhotoLink> {
    const photo = await preparePhoto(image);
    // From here on synchronous: no collection can run between writing the file and recording it. A link that
    // cannot be recorded (its record is gone) leaves the file to the collection run on the way out.
    const file = join(this.dataDir, ...photoPath(photo.sha256).split('/'));
    if (!existsSync(file)) writeFileAtomically(file, photo.bytes, 0o600);
    const linkId = newId();
    try {
      this.recordLink(photo, attachment, linkId);
    } catch (error) {
      this.collectGarbage();
      throw error;
    }
    return this.requireLink(linkId);
  }

  private recordLink(photo: { sha256: string; width: number; height: number; bytes: Uint8Array }, attachment: PhotoAttachment, linkId: string): void {
    this.db.transaction(() => {
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO photos (id, sha256, width, height, bytes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (sha256) DO NOTHING`,
        )
        .run(newId(), photo.sha256, photo.width, photo.height, photo.bytes.length, now, now);
      const photoId = this.db.prepare('SELECT id FROM photos WHERE sha256 = ?').pluck().get(photo.sha256) as string;
      this.db
        .prepare(`INSERT INTO photo_links (id, photo_id, role, ${OWNER_COLUMN[attachment.owner.kind]}, caption, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(linkId, photoId, attachment.role, attachment.owner.id, attachment.caption, now, now);
    })();
  }

  detach(linkId: string): void {
    if (this.db.prepare('DELETE FROM photo_links WHERE id = ?').run(linkId).changes === 0) throw new AppError('NOT_FOUND');
    this.collectGarbage();
  }

  requireLink(id: string): PhotoLink {
    const row = this.db.prepare(`${SELECT_LINK} WHERE l.id = ?`).get(id) as LinkRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return toLink(row);
  }

  listFor(owner: PhotoOwner): PhotoLink[] {
    const rows = this.db.prepare(`${SELECT_LINK} WHERE l.${OWNER_COLUMN[owner.kind]} = ? ORDER BY l.created_at, l.id`).all(owner.id) as LinkRow[];
    return rows.map(toLink);
  }

  /** The stored JPEG of a photo. */
  read(sha256: string): Uint8Array {
    if (!this.db.prepare('SELECT 1 FROM photos WHERE sha256 = ?').get(sha256)) throw new AppError('NOT_FOUND');
    return new Uint8Array(readFileSync(join(this.dataDir, ...photoPath(sha256).split('/'))));
  }

  /** Forgets photos no record links any more, then removes every file in the photo folder without a photo row. */
  collectGarbage(): { rows: number; files: number } {
    const rows = this.db.prepare('DELETE FROM photos WHERE NOT EXISTS (SELECT 1 FROM photo_links l WHERE l.photo_id = photos.id)').run().changes;
    const known = new Set(this.db.prepare('SELECT sha256 FROM photos').pluck().all() as string[]);
    let files = 0;
    for (const path of listPhotoFolder(this.dataDir)) {
      const hash = hashOfPhotoPath(path);
      if (hash !== undefined && known.has(hash)) continue;
      rmSync(join(this.dataDir, ...path.split('/')), { force: true });
      files += 1;
    }
    return { rows, files };
  }
}
