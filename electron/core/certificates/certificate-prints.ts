import type { LocalizedText } from '../../../shared/content/pack';
import type { CertificatePrint } from '../../../shared/domain/certificates';
import type { CertificateBatch } from '../pdf/certificate-batch';
import { prepareImage, type PreparedImage } from '../pdf/prepared-image';
import type { SettingsRepository } from '../settings/settings-repository';
import type { TrainerRepository } from '../trainers/trainer-repository';
import { formatCode, parseCode, type Countersignature } from './certificate-code';

/** An issued certificate as stored: its signed code, and who signs a version 1 paper (its code names nobody). */
export interface StoredCertificate {
  payload: string;
  signature: string;
  issuedAt: string;
  legacySigner: string;
  countersignature: Countersignature | null;
}

export interface PrintSources {
  settings: SettingsRepository;
  trainers: TrainerRepository;
  moduleTitle: (moduleId: string) => LocalizedText;
}

/**
 * What to print for issued certificates: the signed claims exactly as issued (so paper and QR code always agree),
 * with the signers' signature images and the organisation's logo around them. Version 1 codes print today's
 * organisation and their workshop's first trainer, as they always did.
 */
export function buildBatch(certificates: readonly StoredCertificate[], sources: PrintSources): CertificateBatch {
  const images: Record<string, PreparedImage> = {};
  const imageKey = (bytes: Uint8Array | null): string | null => {
    const image = bytes && prepareImage(bytes);
    if (!image) return null;
    images[image.key] = image;
    return image.key;
  };
  const organisationName = sources.settings.get('organisation_name') ?? '';
  const logo = sources.settings.get('organisation_logo');
  const logoKey = logo ? imageKey(new Uint8Array(Buffer.from(logo, 'base64'))) : null;
  const signatures = new Map<string, string | null>();
  const prints = certificates.map((stored): CertificatePrint => {
    const code = formatCode(Buffer.from(stored.payload, 'base64'), Buffer.from(stored.signature, 'base64'), stored.countersignature ?? undefined);
    const { claims } = parseCode(code)!;
    const signers = (claims.signers ?? [{ name: stored.legacySigner, title: '' }]).map((signer) => {
      if (!signatures.has(signer.name)) signatures.set(signer.name, signer.name ? imageKey(sources.trainers.signature(signer.name)) : null);
      return { ...signer, signatureImage: signatures.get(signer.name) ?? null };
    });
    return {
      number: claims.number,
      participantName: claims.participantName,
      modules: claims.modules.map((module) => ({ ...module, title: sources.moduleTitle(module.moduleId) })),
      programmeTitle: claims.programmeTitle,
      issuedOn: claims.issuedOn ?? stored.issuedAt.slice(0, 10),
      signers,
      organisationName: claims.organisationName ?? organisationName,
      organisationLogoImage: logoKey,
      replaces: claims.replaces,
      verificationCode: code,
    };
  });
  return { prints, images };
}
