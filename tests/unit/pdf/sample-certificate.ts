import type { IssuedClaims } from '../../../electron/core/certificates/certificate-code';
import type { CertificatePrint } from '../../../shared/domain/certificates';

const TITLES: Record<string, { en: string; 'zh-CN': string }> = {
  'workplace-cooperation': { en: 'Workplace Cooperation', 'zh-CN': '工作场所合作' },
  osh: { en: 'Occupational Safety and Health', 'zh-CN': '职业安全与健康' },
};

/** Claims for the i-th sample certificate of a two-day Workplace Cooperation workshop. */
export function sampleClaims(prefix: string, i: number, participantName: string): IssuedClaims {
  return {
    number: `${prefix}-2025-${String(i + 1).padStart(4, '0')}`,
    participantName,
    modules: [{ moduleId: 'workplace-cooperation', startDate: '2025-03-04', endDate: '2025-03-05', hours: 14 }],
    programmeTitle: null,
    issuedOn: '2025-03-06',
    organisationName: 'SCORE 项目苏州培训中心',
    signers: [{ name: '陈珺', title: '' }],
    replaces: null,
  };
}

/** What a certificate prints: its claims, the module's title and the images, the same for tests and the bench. */
export function samplePrint(claims: IssuedClaims, verificationCode: string, images: { logo: string; signature: string }): CertificatePrint {
  return {
    number: claims.number,
    participantName: claims.participantName,
    modules: claims.modules.map((module) => ({ ...module, title: TITLES[module.moduleId] ?? { en: module.moduleId, 'zh-CN': module.moduleId } })),
    programmeTitle: claims.programmeTitle,
    issuedOn: claims.issuedOn,
    signers: claims.signers.map((signer) => ({ ...signer, signatureImage: images.signature })),
    organisationName: claims.organisationName,
    organisationLogoImage: images.logo,
    replaces: claims.replaces,
    verificationCode,
  };
}
