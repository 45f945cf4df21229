import type { InputOf } from '../../shared/api/contract';
import { api } from '../api/client';

/** Printable PDFs, built on demand and saved by the trainer; files to hand over, not data to cache. */
export const exportFacilitatorGuide = (input: InputOf<'exportFacilitatorGuide'>) => api.exportFacilitatorGuide(input);

export const exportSignInSheet = (input: InputOf<'exportSignInSheet'>) => api.exportSignInSheet(input);

export const exportAttendanceReport = (input: InputOf<'exportAttendanceReport'>) => api.exportAttendanceReport(input);

export const exportPaperTest = (input: InputOf<'exportPaperTest'>) => api.exportPaperTest(input);

export const exportTranscript = (input: InputOf<'exportTranscript'>) => api.exportTranscript(input);
