import type { certificateOperations } from '../../../shared/api/certificate-operations';
import type { HandlersFor } from './handler';

export const certificateHandlers: HandlersFor<typeof certificateOperations> = {
  verifyCertificate: ({ code }, { core }) => core.certificates.authority.verify(code),

  getWorkshopCertificates: ({ workshopId }, { core }) => core.certificates.issuer.candidates(workshopId),
  setCertificateRules: ({ workshopId, rules }, { core }) => core.certificates.issuer.setRules(workshopId, rules),
  issueCertificates: ({ workshopId }, { core }) => {
    const issued = core.certificates.issuer.issue(workshopId);
    return { issued, certificates: core.certificates.issuer.candidates(workshopId) };
  },
  startCertificateExport: ({ workshopIds, participantIds, layout }, { core }) => core.certificates.startExport(workshopIds, participantIds, layout),

  getCertificateSettings: (_input, { core }) => core.certificates.settings(),
  saveCertificateSettings: ({ organisationName, logo }, { core }) => core.certificates.saveSettings(organisationName, logo),
  setTrainerSignature: ({ trainerName, image }, { core }) => core.certificates.setTrainerSignature(trainerName, image),
  exportPublicKey: (_input, { core }) => core.certificates.authority.exportPublicKey(),
  importPublicKey: ({ bytes }, { core }) => core.certificates.authority.importPublicKey(bytes),
  removeTrustedKey: ({ keyId }, { core }) => {
    core.certificates.authority.trustedKeys.remove(keyId);
    return core.certificates.settings();
  },
};
