import type { CertificateLayout } from '../../shared/domain/certificates';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from './api-hooks';

/** Programmes (several workshops that earn one certificate together) and their certificates. */
export const useProgrammes = () => useApiQuery('programmes', 'listProgrammes', {});

export const useProgrammeCertificates = (programmeId: string) => useApiQuery('programmes', 'getProgrammeCertificates', { programmeId });

export const useCreateProgramme = () => useApiMutation('createProgramme', ['programmes']);

export const useIssueProgrammeCertificates = () => useApiMutation('issueProgrammeCertificates', ['programmes', 'certificates']);

export const useRevokeProgrammeCertificate = () => useApiMutation('revokeProgrammeCertificate', ['programmes', 'certificates']);

/** Starts the batch PDF job; its progress is followed by the job hook, not cached here. */
export const startProgrammeCertificateExport = (programmeId: string, layout: CertificateLayout) =>
  api.startProgrammeCertificateExport({ programmeId, layout });
