import { randomBytes, verify } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileBytes } from '../../../shared/api/bridge';
import { AppError } from '../../../shared/api/result';
import { CERTIFICATE_CODE_MAX_LENGTH, FIELDS_UNSIGNED_BY_V1, type CertificateStanding, type RevocationCheck, type TrustedKeySummary, type VerificationResult } from '../../../shared/domain/certificates';
import type { LocalizedText } from '../../../shared/content/pack';
import type { Db } from '../db/open-database';
import { nowIso } from '../db/timestamps';
import type { SettingsRepository } from '../settings/settings-repository';
import { encodeBase32 } from './base32';
import { COUNTERSIGNATURE_CHARS, countersignedMessage, encodeClaims, formatCode, parseCode, signatureValid, signedMessage, type DecodedCode, type IssuedClaims } from './certificate-code';
import { CertificateHistoryRepository } from './certificate-history-repository';
import { CertificateRepository, type NewCertificate } from './certificate-repository';
import { CountersignatureRepository } from './countersignature-repository';
import { ImportedRevocationListRepository } from './imported-revocation-list-repository';
import { formatRevocationList, parseRevocationList, revocationListSignatureValid } from './revocation-list';
import { publicKeyFromRaw, SIGNING_KEY_FILE, SigningKey } from './signing-key';
import { formatPublicKeyFile, keyLabel, parsePublicKeyFile, TrustedKeyRepository } from './trusted-key-repository';

export interface SignedCertificate {
  payload: Uint8Array;
  signature: Uint8Array;
  code: string;
}

/** A signed certificate as its record keeps it: the number it carries, and payload and signature in base64. */
export function storedForm(signed: SignedCertificate): Pick<NewCertificate, 'number' | 'payload' | 'signature'> {
  return {
    number: parseCode(signed.code)!.claims.number,
    payload: Buffer.from(signed.payload).toString('base64'),
    signature: Buffer.from(signed.signature).toString('base64'),
  };
}

type Signer = TrustedKeySummary & { publicKey: Uint8Array };

/**
 * Signs certificates and this installation's revocation list with its key, and verifies codes against it and the
 * imported keys and revocation lists of other trainers. Everything here works offline.
 */
export class CertificateAuthority {
  readonly trustedKeys: TrustedKeyRepository;
  readonly history: CertificateHistoryRepository;
  readonly importedLists: ImportedRevocationListRepository;
  readonly countersignatures: CountersignatureRepository;
  /** The certificate records themselves; the issuers write them, numbering and verification read them. */
  readonly records: CertificateRepository;
  private signingKey: { key: SigningKey; stamp: string } | undefined;

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly settings: SettingsRepository,
    private readonly moduleTitle: (moduleId: string) => LocalizedText | null,
  ) {
    this.trustedKeys = new TrustedKeyRepository(db);
    this.history = new CertificateHistoryRepository(db);
    this.importedLists = new ImportedRevocationListRepository(db);
    this.countersignatures = new CountersignatureRepository(db);
    this.records = new CertificateRepository(db);
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

  /** PREFIX-YYYY-NNNN, counting per year over workshop, replaced and programme certificates. Call inside the transaction that stores it. */
  nextNumber(year: number): string {
    const start = `${this.prefix()}-${year}-`;
    const highest = this.records.numbersStartingWith(start).reduce((max, number) => Math.max(max, Number.parseInt(number.slice(start.length), 10) || 0), 0);
    return `${start}${String(highest + 1).padStart(4, '0')}`;
  }

  /** Throws CERTIFICATE_TOO_LONG when the printed fields make a code too long to scan from the paper. */
  sign(claims: IssuedClaims): SignedCertificate {
    const key = this.key();
    const payload = encodeClaims(key.keyId, claims);
    const signature = key.sign(signedMessage(payload));
    const code = formatCode(payload, signature);
    // A co-signed certificate keeps room for the co-signer's signature, added later.
    const room = claims.signers.length > 1 ? COUNTERSIGNATURE_CHARS : 0;
    if (code.length + room > CERTIFICATE_CODE_MAX_LENGTH) throw new AppError('CERTIFICATE_TOO_LONG', { name: claims.participantName, length: code.length });
    return { payload, signature, code };
  }

  ownKeySummary(): TrustedKeySummary | null {
    const key = this.existingKey();
    if (!key) return null;
    const trainerName = this.settings.get('key_holder_name') ?? '';
    const organisation = this.settings.get('organisation_name') ?? '';
    return { keyId: key.keyId, label: keyLabel(trainerName, organisation, key.keyId), trainerName, organisation, own: true, addedAt: '', withdrawnFrom: null, revocationListDate: null };
  }

  verify(code: string): VerificationResult {
    const decoded = parseCode(code);
    if (!decoded) return { status: 'malformed' };
    const own = this.existingKey();
    const candidates: Signer[] = [];
    if (own && own.keyId === decoded.keyId) candidates.push({ ...this.ownKeySummary()!, publicKey: own.publicKey });
    const trusted = this.trustedKeys.find(decoded.keyId);
    if (trusted) candidates.push(trusted);
    if (candidates.length === 0) return { status: 'unknown-key', keyId: decoded.keyId };
    const match = candidates.find((candidate) => signatureValid(decoded, publicKeyFromRaw(candidate.publicKey)));
    if (!match) return { status: 'tampered', keyId: decoded.keyId };
    const countersigner = this.countersigner(decoded);
    if (countersigner === 'tampered') return { status: 'tampered', keyId: decoded.countersignature!.keyId };
    const { standing, checkedAgainst } = match.own ? this.ownStanding(decoded) : this.importedStanding(decoded, match);
    return {
      ...standing,
      claims: decoded.claims,
      codeVersion: decoded.version,
      unsignedFields: decoded.version === 1 ? [...FIELDS_UNSIGNED_BY_V1] : [],
      moduleTitles: decoded.claims.modules.map((module) => this.moduleTitle(module.moduleId)),
      issuer: withoutKey(match),
      issuedHere: this.issuedHere(decoded),
      checkedAgainst,
      countersigner,
    };
  }

  /** Who countersigned, if anyone: a key known here that signed the same record, or a key this computer does not know. */
  private countersigner(decoded: DecodedCode): { keyId: string; signer: TrustedKeySummary | null } | null | 'tampered' {
    const countersignature = decoded.countersignature;
    if (!countersignature) return null;
    const own = this.existingKey();
    const known: Signer | undefined =
      own?.keyId === countersignature.keyId ? { ...this.ownKeySummary()!, publicKey: own.publicKey } : this.trustedKeys.find(countersignature.keyId);
    if (!known) return { keyId: countersignature.keyId, signer: null };
    if (!verify(null, countersignedMessage(decoded.payload), publicKeyFromRaw(known.publicKey), countersignature.signature)) return 'tampered';
    return { keyId: countersignature.keyId, signer: withoutKey(known) };
  }

  /** Our own certificates are checked against our own records, as they stand now. */
  private ownStanding(decoded: DecodedCode): { standing: CertificateStanding; checkedAgainst: RevocationCheck } {
    const checkedAgainst: RevocationCheck = { source: 'own', date: nowIso().slice(0, 10) };
    const replacement = this.history.replacement(decoded.claims.number);
    if (replacement) return { standing: { status: 'replaced', ...replacement }, checkedAgainst };
    const revocation = this.history.revocation(decoded.claims.number);
    return { standing: revocation ? { status: 'revoked', ...revocation } : { status: 'valid' }, checkedAgainst };
  }

  /** Another trainer's: their key's withdrawal first, then the newest revocation list of theirs imported here. */
  private importedStanding(decoded: DecodedCode, signer: Signer): { standing: CertificateStanding; checkedAgainst: RevocationCheck } {
    const list = this.importedLists.lookup(signer.keyId, decoded.claims.number);
    const checkedAgainst: RevocationCheck = list ? { source: 'list', date: list.issuedAt.slice(0, 10) } : { source: 'none' };
    // A version 1 code carries no issue date; its training's first day is the earliest it can have been signed.
    const signedOn = decoded.claims.issuedOn ?? decoded.claims.modules[0]!.startDate;
    if (signer.withdrawnFrom && signedOn >= signer.withdrawnFrom) return { standing: { status: 'withdrawn-key', from: signer.withdrawnFrom }, checkedAgainst };
    const entry = list?.entry;
    if (!entry) return { standing: { status: 'valid' }, checkedAgainst };
    return { standing: entry.kind === 'revoked' ? { status: 'revoked', on: entry.on, reason: entry.reason } : { status: 'replaced', by: entry.by, on: entry.on }, checkedAgainst };
  }

  private issuedHere(decoded: DecodedCode): boolean {
    return this.records.issuedHere(Buffer.from(decoded.payload).toString('base64'));
  }

  exportPublicKey(): FileBytes {
    const key = this.key();
    const trainerName = this.settings.get('key_holder_name') ?? '';
    const organisation = this.settings.get('organisation_name') ?? '';
    const text = formatPublicKeyFile({ keyId: key.keyId, publicKey: key.publicKey, trainerName, organisation });
    return { name: `score-public-key-${key.keyId}.json`, bytes: new Uint8Array(Buffer.from(text)) };
  }

  importPublicKey(bytes: Uint8Array): TrustedKeySummary {
    const file = parsePublicKeyFile(bytes);
    const own = this.existingKey();
    if (own?.keyId === file.keyId) return this.ownKeySummary()!;
    return this.trustedKeys.save(file);
  }

  /** This installation's revocation list as of now, signed with its key. */
  exportRevocationList(): FileBytes {
    const key = this.key();
    const text = formatRevocationList({ keyId: key.keyId, issuedAt: nowIso(), entries: this.history.entries() }, (message) => key.sign(message));
    return { name: `score-revocation-list-${key.keyId}.json`, bytes: new Uint8Array(Buffer.from(text)) };
  }

  /** Accepts a list only from a key imported here, signed by that key, and newer than the one already held. */
  importRevocationList(bytes: Uint8Array): TrustedKeySummary {
    const list = parseRevocationList(bytes);
    const signer = this.trustedKeys.find(list.keyId);
    if (!signer) throw new AppError('REVOCATION_LIST_UNTRUSTED', { keyId: list.keyId, reason: 'unknown-key' });
    if (!revocationListSignatureValid(list, signer.publicKey)) throw new AppError('REVOCATION_LIST_UNTRUSTED', { keyId: list.keyId, reason: 'signature' });
    this.importedLists.save(list);
    return this.trustedKeys.find(list.keyId)!;
  }
}

function withoutKey(signer: Signer): TrustedKeySummary {
  const summary: Partial<Signer> = { ...signer };
  delete summary.publicKey;
  return summary as TrustedKeySummary;
}

function fileStamp(file: string): string {
  if (!existsSync(file)) return '';
  const stat = statSync(file);
  return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
}
