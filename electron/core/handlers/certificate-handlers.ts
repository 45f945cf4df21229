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
  reissueCertificate: ({ workshopId, number, participantName }, { core }) => {
    const reissued = core.certificates.issuer.reissue(workshopId, number, participantName);
    return { number: reissued, certificates: core.certificates.issuer.candidates(workshopId) };
  },
  revokeCertificate: ({ workshopId, number, reason }, { core }) => {
    core.certificates.issuer.revoke(workshopId, number, reason);
    return core.certificates.issuer.candidates(workshopId);
  },
  exportCountersignRequest: ({ workshopId }, { core }) => core.certificates.countersigning.request(workshopId),
  countersignCertificates: ({ bytes }, { core }) => core.certificates.countersigning.countersign(bytes),
  importCountersignatures: ({ workshopId, bytes }, { core }) => {
    const imported = core.certificates.countersigning.importAnswer(bytes);
    return { imported, certificates: core.certificates.issuer.candidates(workshopId) };
  },
  startCertificateExport: ({ workshopIds, participantIds, layout }, { core }) => core.certificates.startExport(workshopIds, participantIds, layout),

  listProgrammes: (_input, { core }) => core.certificates.programmes.programmes.list(),
  createProgramme: ({ title, workshopIds }, { core }) => core.certificates.programmes.create(title, workshopIds),
  getProgrammeCertificates: ({ programmeId }, { core }) => core.certificates.programmes.candidates(programmeId),
  issueProgrammeCertificates: ({ programmeId }, { core }) => {
    const issued = core.certificates.programmes.issue(programmeId);
    return { issued, certificates: core.certificates.programmes.candidates(programmeId) };
  },
  revokeProgrammeCertificate: ({ programmeId, number, reason }, { core }) => {
    core.certificates.programmes.revoke(programmeId, number, reason);
    return core.certificates.programmes.candidates(programmeId);
  },
  startProgrammeCertificateExport: ({ programmeId, layout }, { core }) => core.certificates.startProgrammeExport(programmeId, layout),

  getCertificateSettings: (_input, { core }) => core.certificates.settings(),
  saveCertificateSettings: ({ organisationName, keyHolderName, logo }, { core }) => core.certificates.saveSettings(organisationName, keyHolderName, logo),
  setTrainerSignature: ({ trainerName, image }, { core }) => core.certificates.setTrainerSignature(trainerName, image),
  setTrainerTitle: ({ trainerName, title }, { core }) => core.certificates.setTrainerTitle(trainerName, title),
  exportPublicKey: (_input, { core }) => core.certificates.authority.exportPublicKey(),
  importPublicKey: ({ bytes }, { core }) => core.certificates.authority.importPublicKey(bytes),
  exportRevocationList: (_input, { core }) => core.certificates.authority.exportRevocationList(),
  importRevocationList: ({ bytes }, { core }) => core.certificates.authority.importRevocationList(bytes),
  setKeyWithdrawn: ({ keyId, from }, { core }) => {
    core.certificates.authority.trustedKeys.setWithdrawnFrom(keyId, from);
    return core.certificates.settings();
  },
  removeTrustedKey: ({ keyId }, { core }) => {
    core.certificates.authority.trustedKeys.remove(keyId);
    return core.certificates.settings();
  },
};
