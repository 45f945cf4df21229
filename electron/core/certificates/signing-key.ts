import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically';

/** Where this installation's private key lives, relative to the data folder (listed in BACKUP_EXTRA_FILES). */
export const SIGNING_KEY_FILE = 'keys/certificate-signing-key.pem';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The first 4 bytes of SHA-256 of the raw public key: enough to pick the right key, short enough for a QR code. */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 8);
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function rawPublicKey(key: KeyObject): Uint8Array {
  return new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(ED25519_SPKI_PREFIX.length));
}

/**
 * This installation's Ed25519 key pair, created on first use and kept in the data folder. The private key never
 * leaves the core; the public key is exported for other trainers' installations to verify our certificates.
 */
export class SigningKey {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: Uint8Array,
    readonly keyId: string,
  ) {}

  static exists(dataDir: string): boolean {
    return existsSync(join(dataDir, SIGNING_KEY_FILE));
  }

  static loadOrCreate(dataDir: string): SigningKey {
    const file = join(dataDir, SIGNING_KEY_FILE);
    let privateKey: KeyObject;
    if (existsSync(file)) {
      privateKey = createPrivateKey(readFileSync(file, 'utf8'));
      if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 key`);
    } else {
      privateKey = generateKeyPairSync('ed25519').privateKey;
      writeFileAtomically(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), 0o600);
    }
    const publicKey = rawPublicKey(privateKey);
    return new SigningKey(privateKey, publicKey, keyIdOf(publicKey));
  }

  sign(message: Uint8Array): Uint8Array {
    return new Uint8Array(sign(null, message, this.privateKey));
  }
}
