import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, readRosterTable } from '../../../electron/core/roster/read-table';
import { MAX_ROSTER_FILE_BYTES, MAX_ROSTER_ROWS } from '../../../shared/domain/roster';
import { longRoster, manySheetRowsBomb, sharedStringsBomb, unterminatedQuoteCsv } from '../../fixtures/hostile-files';
import { peakGrowth } from '../helpers/peak-memory';

const MB = 1024 * 1024;

describe('hostile roster files', () => {
  it('refuses 5,000,000 shared strings packed into a few hundred KB, without unpacking them into memory', async () => {
    const bomb = await sharedStringsBomb();
    expect(bomb.length).toBeLessThan(1 * MB);
    await expect(readRosterTable(bomb)).rejects.toMatchObject({ code: 'ROSTER_FILE_TOO_LARGE' });
    expect(await peakGrowth(() => readRosterTable(bomb))).toBeLessThan(50 * MB);
  });

  it('refuses a shared-string count no roster needs even when the part itself is small', async () => {
    const bomb = await sharedStringsBomb(300_000);
    await expect(readRosterTable(bomb)).rejects.toMatchObject({ code: 'ROSTER_TOO_LARGE', details: { max: MAX_ROSTER_ROWS } });
  });

  it('refuses four sheets of 1,048,576 rows from the zip directory alone', async () => {
    const bomb = await manySheetRowsBomb();
    expect(bomb.length).toBeLessThan(1 * MB);
    await expect(readRosterTable(bomb)).rejects.toMatchObject({ code: 'ROSTER_FILE_TOO_LARGE' });
    expect(await peakGrowth(() => readRosterTable(bomb))).toBeLessThan(50 * MB);
  });

  it('stops reading a real sheet at the first row past the limit', async () => {
    const tooLong = await longRoster(MAX_ROSTER_ROWS * 20);
    await expect(readRosterTable(tooLong)).rejects.toMatchObject({ code: 'ROSTER_TOO_LARGE', details: { max: MAX_ROSTER_ROWS } });
    expect(await peakGrowth(() => readRosterTable(tooLong))).toBeLessThan(100 * MB);
    const fits = await readRosterTable(await longRoster(MAX_ROSTER_ROWS));
    expect(fits.rows).toHaveLength(MAX_ROSTER_ROWS);
    expect(fits.rows[1]).toEqual(['学员1', '13800000001']);
  });

  it('refuses CSV text past its size cap before parsing it, and any roster file past the file cap', async () => {
    await expect(readRosterTable(unterminatedQuoteCsv(4))).rejects.toMatchObject({ code: 'ROSTER_FILE_TOO_LARGE', details: { megabytes: MAX_CSV_BYTES / MB } });
    await expect(readRosterTable(unterminatedQuoteCsv(30))).rejects.toMatchObject({ code: 'ROSTER_FILE_TOO_LARGE', details: { megabytes: MAX_ROSTER_FILE_BYTES / MB } });
  });
});
