/** Today as YYYY-MM-DD on this computer's clock and time zone: "overdue" means past the trainer's own today. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
