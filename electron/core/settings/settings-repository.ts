import type { Db } from '../db/open-database';
import { nowIso } from '../db/timestamps';

/** Keys are a fixed list so that nothing else can be written into settings. */
export type SettingKey =
  | 'language'
  | 'trainer_pin_hash'
  /** The recovery code, normalized and hashed like the PIN; it lets a locked-out trainer set a new PIN. */
  | 'trainer_recovery_hash'
  | 'installation_id'
  /** Starts every certificate number of this installation, so numbers stay unique when records are merged. */
  | 'certificate_prefix'
  | 'organisation_name'
  /** The trainer who holds this installation's key, as the public key file names them. */
  | 'key_holder_name'
  /** A PNG, base64. */
  | 'organisation_logo'
  /** Hours between automatic backups (0: off) and how many backups the backups folder keeps. */
  | 'backup_interval_hours'
  | 'backup_keep';

export class SettingsRepository {
  constructor(private readonly db: Db) {}

  get(key: SettingKey): string | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  set(key: SettingKey, value: string): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, value, nowIso());
  }
}
