import { lazy } from 'react';

/**
 * Each top-level route is its own chunk, loaded when first opened: a learner's first screen does not pay for
 * the trainer's charts, the PDF previews or the QR reader (budget: 250 KB of JavaScript gzip, `npm run bench`).
 */
export const LearnArea = lazy(() => import('./screens/learn/LearnArea').then((m) => ({ default: m.LearnArea })));
export const TrainerArea = lazy(() => import('./screens/trainer/TrainerArea').then((m) => ({ default: m.TrainerArea })));
export const SettingsScreen = lazy(() => import('./screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
export const VerifyScreen = lazy(() => import('./screens/verify/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));
