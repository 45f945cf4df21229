import type { WorkshopStatus, WorkshopSummary } from './workshops';

/** The figures on the trainer's start page. */
export interface TrainerOverview {
  enterprises: number;
  participants: number;
  workshops: Record<WorkshopStatus, number>;
  /** The latest workshops by start date. */
  recentWorkshops: WorkshopSummary[];
  /** The newest backup in the backups folder, if any. */
  lastBackupAt: string | null;
}
