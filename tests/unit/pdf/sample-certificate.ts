import type { CertificatePrint } from '../../../shared/domain/certificates';

export interface SampleClaims {
  number: string;
  participantName: string;
  moduleId: string;
  startDate: string;
  endDate: string;
  hours: number;
}

/** Claims for the i-th sample certificate of a two-day Workplace Cooperation workshop. */
export function sampleClaims(prefix: string, i: number, participantName: string): SampleClaims {
  return { number: `${prefix}-2025-${String(i + 1).padStart(4, '0')}`, participantName, moduleId: 'workplace-cooperation', startDate: '2025-03-04', endDate: '2025-03-05', hours: 14 };
}

/** What a certificate prints besides its claims, the same for tests and the bench. */
export function samplePrint(claims: SampleClaims, verificationCode: string, images: { logo: string; signature: string }): CertificatePrint {
  return {
    ...claims,
    moduleTitle: { en: 'Workplace Cooperation', 'zh-CN': '工作场所合作' },
    issuedOn: '2025-03-06',
    trainerName: '陈珺',
    trainerSignatureImage: images.signature,
    organisationName: 'SCORE 项目苏州培训中心',
    organisationLogoImage: images.logo,
    verificationCode,
  };
}
