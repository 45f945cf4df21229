import type { Db } from '../db/open-database';
import { newId } from '../db/timestamps';

/** A workshop certificate as stored: the signed payload and signature are base64. */
export interface IssuedRow {
  participant_id: string;
  workshop_id: string;
  number: string;
  issued_at: string;
  payload: string;
  signature: string;
}

/** A programme certificate as stored. */
export interface ProgrammeCertificateRow {
  participant_id: string;
  number: string;
  issued_at: string;
  payload: string;
  signature: string;
}

/** What a new certificate record holds; payload and signature as issued, base64. */
export interface NewCertificate {
  number: string;
  participantId: string;
  issuedAt: string;
  payload: string;
  signature: string;
}

/** The certificate records of this installation: workshop certificates, programme certificates and their numbers. */
export class CertificateRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Every number ever given out (current, replaced, programme) that starts with this text. */
  numbersStartingWith(start: string): string[] {
    const pattern = `${start.replace(/[\\%_]/g, '\\$&')}%`;
    return this.db
      .prepare(
        `SELECT number FROM certificates WHERE number LIKE ? ESCAPE '\\' UNION ALL SELECT number FROM replaced_certificates WHERE number LIKE ? ESCAPE '\\'
         UNION ALL SELECT number FROM programme_certificates WHERE number LIKE ? ESCAPE '\\'`,
      )
      .pluck()
      .all(pattern, pattern, pattern) as string[];
  }

  /** Whether this installation issued a certificate with exactly this signed payload (base64). */
  issuedHere(payload: string): boolean {
    return !!this.db
      .prepare('SELECT 1 FROM certificates WHERE payload = ? UNION ALL SELECT 1 FROM replaced_certificates WHERE payload = ? UNION ALL SELECT 1 FROM programme_certificates WHERE payload = ?')
      .get(payload, payload, payload);
  }

  addWorkshopCertificate(workshopId: string, certificate: NewCertificate): void {
    const { number, participantId, issuedAt, payload, signature } = certificate;
    this.db
      .prepare(
        `INSERT INTO certificates (id, number, participant_id, workshop_id, issued_at, payload, signature, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId(), number, participantId, workshopId, issuedAt, payload, signature, issuedAt, issuedAt);
  }

  addProgrammeCertificate(programmeId: string, certificate: NewCertificate): void {
    const { number, participantId, issuedAt, payload, signature } = certificate;
    this.db
      .prepare(
        `INSERT INTO programme_certificates (id, number, participant_id, programme_id, issued_at, payload, signature, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId(), number, participantId, programmeId, issuedAt, payload, signature, issuedAt, issuedAt);
  }

  /** Puts a corrected certificate in the place of the one numbered `number` (its old record is kept in history). */
  replaceWorkshopCertificate(number: string, next: Omit<NewCertificate, 'participantId'>): void {
    this.db
      .prepare('UPDATE certificates SET number = ?, issued_at = ?, payload = ?, signature = ?, updated_at = ? WHERE number = ?')
      .run(next.number, next.issuedAt, next.payload, next.signature, next.issuedAt, number);
  }

  workshopCertificate(workshopId: string, number: string): IssuedRow | undefined {
    return this.db
      .prepare('SELECT participant_id, workshop_id, number, issued_at, payload, signature FROM certificates WHERE number = ? AND workshop_id = ?')
      .get(number, workshopId) as IssuedRow | undefined;
  }

  /** The signed payload (base64) of a current workshop certificate. */
  workshopPayload(number: string): string | undefined {
    return this.db.prepare('SELECT payload FROM certificates WHERE number = ?').pluck().get(number) as string | undefined;
  }

  /** The current certificates of these workshops whose holders still exist, by number. */
  ofWorkshops(workshopIds: readonly string[]): IssuedRow[] {
    if (workshopIds.length === 0) return [];
    return this.db
      .prepare(
        `SELECT c.participant_id, c.workshop_id, c.number, c.issued_at, c.payload, c.signature FROM certificates c
         JOIN participants p ON p.id = c.participant_id
         WHERE c.workshop_id IN (${workshopIds.map(() => '?').join(', ')}) ORDER BY c.number`,
      )
      .all(...workshopIds) as IssuedRow[];
  }

  ofProgramme(programmeId: string): ProgrammeCertificateRow[] {
    return this.db
      .prepare('SELECT participant_id, number, issued_at, payload, signature FROM programme_certificates WHERE programme_id = ? ORDER BY number')
      .all(programmeId) as ProgrammeCertificateRow[];
  }

  /** A participant's workshop certificate numbers, by workshop id. */
  numbersByWorkshop(participantId: string): Map<string, string> {
    const rows = this.db.prepare('SELECT workshop_id, number FROM certificates WHERE participant_id = ?').all(participantId) as Array<{ workshop_id: string; number: string }>;
    return new Map(rows.map((row) => [row.workshop_id, row.number]));
  }
}
