/**
 * The areas of data the screens show. Every query key starts with its area, so one change (a mutation here, or
 * a "data changed" event from the core later) refreshes every screen that shows that area.
 */
export type DataArea = 'programmes' | 'workshops' | 'people' | 'certificates';
