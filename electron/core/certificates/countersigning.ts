import { verify } from 'node:crypto';
import { z } from 'zod';
import type { FileBytes } from '../../../shared/api/bridge';
import { AppError } from '../../../shared/api/result';
import type { SettingsRepository } from '../settings/settings-repository';
import type { CertificateAuthority } from './certificate-authority';
import { countersignedMessage, parseCode } from './certificate-code';
import type { CertificateIssuer } from './certificate-issuer';
import { publicKeyFromRaw } from './signing-key';

/**
 * Co-signing with the co-signer's own key. The issuing computer saves a request (the codes of a co-delivered
 * workshop's certificates); the co-signer's computer checks each code, and that its trainer is one of the signers,
 * and signs it; the issuing computer imports those signatures, and printed codes carry both.
 */
export const COUNTERSIGN_REQUEST_FORMAT = 'score-countersign-request';
export const COUNTERSIGNATURES_FORMAT = 'score-countersignatures';

const code = z.string().min(1).max(1000);
const requestFile = z.object({ format: z.literal(COUNTERSIGN_REQUEST_FORMAT), version: z.literal(1), codes: z.array(code).min(1).max(5000) }).strict();
const answerFile = z
  .object({
    format: z.literal(COUNTERSIGNATURES_FORMAT),
    version: z.literal(1),
    keyId: z.string().regex(/^[0-9a-f]{8}$/),
    entries: z.array(z.object({ number: z.string().min(1).max(60), signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }).strict()).min(1).max(5000),
  })
  .strict();

function readJson<T>(bytes: Uint8Array, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('IMPORT_INVALID', { reason: 'not-json' });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('IMPORT_INVALID', { reason: 'wrong-format' });
  return parsed.data;
}

const jsonFile = (name: string, value: unknown): FileBytes => ({ name, bytes: new Uint8Array(Buffer.from(`${JSON.stringify(value, null, 2)}\n`)) });

export class Countersigning {
  constructor(
    private readonly authority: CertificateAuthority,
    private readonly issuer: CertificateIssuer,
    private readonly settings: SettingsRepository,
  ) {}

  /** The workshop's current co-signed certificates that still lack the co-signer's signature. */
  request(workshopId: string): FileBytes {
    const codes = this.issuer.pendingCountersignatures(workshopId);
    if (codes.length === 0) throw new AppError('NO_CERTIFICATES');
    return jsonFile(`score-countersign-request-${codes.length}.json`, { format: COUNTERSIGN_REQUEST_FORMAT, version: 1, codes });
  }

  /**
   * Signs another trainer's certificates with this computer's key, all or none: each code must verify here as
   * valid (their key imported, not revoked) and name this computer's key holder among its signers.
   */
  countersign(bytes: Uint8Array): { file: FileBytes; count: number } {
    const { codes } = readJson(bytes, requestFile);
    const holder = this.settings.get('key_holder_name') ?? '';
    const key = this.authority.key();
    const entries = codes.map((text) => {
      const result = this.authority.verify(text);
      const decoded = parseCode(text);
      if (result.status !== 'valid' || !decoded) throw new AppError('COUNTERSIGN_REFUSED', { reason: 'not-valid', code: text.slice(0, 12) });
      const number = result.claims.number;
      if (result.issuer.own) throw new AppError('COUNTERSIGN_REFUSED', { reason: 'own', number });
      if (!holder || !result.claims.signers?.some((signer) => signer.name === holder)) throw new AppError('COUNTERSIGN_REFUSED', { reason: 'not-a-signer', number });
      return { number, signature: Buffer.from(key.sign(countersignedMessage(decoded.payload))).toString('base64') };
    });
    return { file: jsonFile(`score-countersignatures-${key.keyId}.json`, { format: COUNTERSIGNATURES_FORMAT, version: 1, keyId: key.keyId, entries }), count: entries.length };
  }

  /** Keeps the co-signer's signatures, all or none: their key must be imported here and sign each certificate as issued. */
  importAnswer(bytes: Uint8Array): number {
    const answer = readJson(bytes, answerFile);
    const signer = this.authority.trustedKeys.find(answer.keyId);
    if (!signer) throw new AppError('COUNTERSIGNATURES_INVALID', { reason: 'unknown-key', keyId: answer.keyId });
    const publicKey = publicKeyFromRaw(signer.publicKey);
    const entries = answer.entries.map((entry) => {
      const payload = this.issuer.currentPayload(entry.number);
      if (!payload) throw new AppError('COUNTERSIGNATURES_INVALID', { reason: 'not-found', number: entry.number });
      const signature = new Uint8Array(Buffer.from(entry.signature, 'base64'));
      if (!verify(null, countersignedMessage(payload), publicKey, signature)) throw new AppError('COUNTERSIGNATURES_INVALID', { reason: 'signature', number: entry.number });
      return { number: entry.number, keyId: answer.keyId, signature };
    });
    this.authority.countersignatures.saveAll(entries);
    return entries.length;
  }
}
