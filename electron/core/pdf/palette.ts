/** The printed colours, matching the app's own (renderer/styles.css). */
export const INK = '#1d2733';
export const MUTED = '#5b6776';
export const LINE = '#c9d2dc';
export const PRIMARY = '#0b5c8c';
export const ACCENT = '#e8772e';
export const SHADE = '#eef3f7';
