import { api } from '../api/client';

/**
 * Checks a certificate code against the keys and revocation lists on this computer. Asked afresh each time
 * (a revocation list may have arrived since), so it is a call, not a cached query.
 */
export const verifyCertificate = (code: string) => api.verifyCertificate({ code });
