import { useApiMutation, useApiQuery } from './api-hooks';

/** Training modules as the trainer sees them: the installed packs, their facilitator guides and session notes. */
export const useModules = () => useApiQuery('modules', 'listModules', {});

export const useBrokenPacks = () => useApiQuery('modules', 'listBrokenPacks', {});

export const useModule = (moduleId: string) => useApiQuery('modules', 'getModule', { moduleId });

export const useFacilitatorGuide = (moduleId: string) => useApiQuery('modules', 'getFacilitatorGuide', { moduleId });

export const useSessionNotes = (moduleId: string, sessionId: string) => useApiQuery('modules', 'getSessionNotes', { moduleId, sessionId });

export const useSaveSessionNotes = () => useApiMutation('saveSessionNotes', ['modules']);

// A new pack brings new modules to the workshop form and new certificate titles.
export const useInstallPackFromFiles = () => useApiMutation('installPackFromFiles', ['modules', 'workshops']);

export const useInstallPackFromZip = () => useApiMutation('installPackFromZip', ['modules', 'workshops']);
