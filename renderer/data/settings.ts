import { useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { CertificateSettings } from '../../shared/domain/certificates';
import { api } from '../api/client';
import { useApiQuery } from './api-hooks';
import { dataChanged } from './data-changed';

/** The settings screen: the app's version facts, language and PIN, and what certificates print and trust. */
export const useAbout = () => useApiQuery('settings', 'getAbout', {});

export const setLanguage = (input: InputOf<'setLanguage'>) => api.setLanguage(input);

export const changeTrainerPin = (input: InputOf<'changeTrainerPin'>) => api.changeTrainerPin(input);

export const renewRecoveryCode = () => api.renewRecoveryCode({});

export const useCertificateSettings = () => useApiQuery('certificates', 'getCertificateSettings', {});

/**
 * Certificate settings change through many small operations (logo, signatures, keys, revocation lists), some
 * with a file dialog around them; whatever the change, the certificates area is read again afterwards, even
 * when it failed halfway (an import may have stored its key before the file was refused).
 */
export function useCertificateSettingsChange(): (work: () => Promise<unknown>) => Promise<void> {
  const client = useQueryClient();
  return async (work) => {
    try {
      await work();
    } finally {
      await dataChanged(client, ['certificates']);
    }
  };
}

export const certificateSettingsOperations = {
  save: (input: InputOf<'saveCertificateSettings'>): Promise<CertificateSettings> => api.saveCertificateSettings(input),
  setTrainerTitle: (input: InputOf<'setTrainerTitle'>) => api.setTrainerTitle(input),
  setTrainerSignature: (input: InputOf<'setTrainerSignature'>) => api.setTrainerSignature(input),
  exportPublicKey: () => api.exportPublicKey({}),
  exportRevocationList: () => api.exportRevocationList({}),
  importPublicKey: (bytes: Uint8Array) => api.importPublicKey({ bytes }),
  importRevocationList: (bytes: Uint8Array) => api.importRevocationList({ bytes }),
  countersign: (bytes: Uint8Array) => api.countersignCertificates({ bytes }),
  setKeyWithdrawn: (input: InputOf<'setKeyWithdrawn'>) => api.setKeyWithdrawn(input),
  removeTrustedKey: (keyId: string) => api.removeTrustedKey({ keyId }),
};
