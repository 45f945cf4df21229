import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileBytes } from '../../../shared/api/bridge';
import type { CertificateClaims, TrustedKeySummary, VerificationResult } from '../../../shared/domain/certificates';
import type { LocalizedText } from '../../../shared/content/pack';
import type { Db } from '../db/open-database';
import type { SettingsRepository } from '../settings/settings-repository';
import { encodeBase32 } from './base32';
import { encodeClaims, formatCode, parseCode, signatureValid, signedMessage } from './certificate-code';
import { publicKeyFromRaw, SIGNING_KEY_FILE, SigningKey } from './signing-key';
import { formatPublicKeyFile, parsePublicKeyFile, TrustedKeyRepository } from './trusted-keys';

export interface SignedCertificate {
  payload: Uint8Array;
  signature: Uint8Array;
  code: string;
}

/**
 * Signs certificates with this installation's key and verifies codes against it and the imported keys of
 * other trainers. Everything here works offline.
 */
export class CertificateAuthority {
  readonly trustedKeys: TrustedKeyRepository;
  private signingKey: { key: SigningKey; stamp: string } | undefined;

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly settings: SettingsRepository,
    private readonly moduleTitle: (moduleId: string) => LocalizedText | null,
  ) {
    this.trustedKeys = new TrustedKeyRepository(db);
  }

  /**
   * The key pair, created the first time anything needs it. Re-read when the file changes, so that a restored
   * backup's key takes over without a restart.
   */
  key(): SigningKey {
    const stamp = fileStamp(join(this.dataDir, SIGNING_KEY_FILE));
    if (!this.signingKey || stamp !== this.signingKey.stamp) {
      const key = SigningKey.loadOrCreate(this.dataDir);
      this.signingKey = { key, stamp: fileStamp(join(this.dataDir, SIGNING_KEY_FILE)) };
    }
    return this.signingKey.key;
  }

  private existingKey(): SigningKey | undefined {
    return SigningKey.exists(this.dataDir) ? this.key() : undefined;
  }

  /** Six base32 characters, random per installation: 2^30 values, so merged records practically never clash. */
  prefix(): string {
    let prefix = this.settings.get('certificate_prefix');
    if (!prefix) {
      prefix = encodeBase32(randomBytes(4)).slice(0, 6);
      this.settings.set('certificate_prefix', prefix);
    }
    return prefix;
  }

  /** PREFIX-YYYY-NNNN, counting per year. Call inside the transaction that stores the certificate. */
  nextNumber(year: number): string {
    const start = `${this.prefix()}-${year}-`;
    const rows = this.db.prepare('SELECT number FROM certificates WHERE number LIKE ? ESCAPE \'\\\'').all(`${start.replace(/[\\%_]/g, '\\$&')}%`) as Array<{ number: string }>;
    const highest = rows.reduce((max, row) => Math.max(max, Number.parseInt(row.number.slice(start.length), 10) || 0), 0);
    return `${start}${String(highest + 1).padStart(4, '0')}`;
  }

  sign(claims: CertificateClaims): SignedCertificate {
    const key = this.key();
    const payload = encodeClaims(key.keyId, claims);
    const signature = key.sign(signedMessage(payload));
    return { payload, signature, code: formatCode(payload, signature) };
  }

  ownKeySummary(): TrustedKeySummary | null {
    const key = this.existingKey();
    if (!key) return null;
    return { keyId: key.keyId, label: this.settings.get('organisation_name') ?? '', own: true, addedAt: '' };
  }

  verify(code: string): VerificationResult {
    const decoded = parseCode(code);
    if (!decoded) return { status: 'malformed' };
    const own = this.existingKey();
    const candidates: Array<{ summary: TrustedKeySummary; publicKey: Uint8Array }> = [];
    if (own && own.keyId === decoded.keyId) candidates.push({ summary: this.ownKeySummary()!, publicKey: own.publicKey });
    const trusted = this.trustedKeys.find(decoded.keyId);
    if (trusted) candidates.push({ summary: trusted, publicKey: trusted.publicKey });
    if (candidates.length === 0) return { status: 'unknown-key', keyId: decoded.keyId };
    const match = candidates.find((candidate) => signatureValid(decoded, publicKeyFromRaw(candidate.publicKey)));
    if (!match) return { status: 'tampered', keyId: decoded.keyId };
    const stored = this.db.prepare('SELECT payload FROM certificates WHERE number = ?').get(decoded.claims.number) as { payload: string } | undefined;
    return {
      status: 'valid',
      claims: decoded.claims,
      moduleTitle: this.moduleTitle(decoded.claims.moduleId),
      issuer: match.summary,
      issuedHere: stored?.payload === Buffer.from(decoded.payload).toString('base64'),
    };
  }

  exportPublicKey(): FileBytes {
    const key = this.key();
    const label = this.settings.get('organisation_name') || key.keyId;
    return { name: `score-public-key-${key.keyId}.json`, bytes: new Uint8Array(Buffer.from(formatPublicKeyFile({ keyId: key.keyId, publicKey: key.publicKey, label }))) };
  }

  importPublicKey(bytes: Uint8Array): TrustedKeySummary {
    const file = parsePublicKeyFile(bytes);
    const own = this.existingKey();
    if (own?.keyId === file.keyId) return this.ownKeySummary()!;
    return this.trustedKeys.save(file);
  }
}

function fileStamp(file: string): string {
  if (!existsSync(file)) return '';
  const stat = statSync(file);
  return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
}
