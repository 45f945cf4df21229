import { nameKeys, phoneKey } from '../participants/name-index';

/**
 * Rows of one file that repeat an earlier row, by the rules the participant list uses: the same phone is the same
 * person whatever the name; the same name in the same enterprise is the same person unless both rows have
 * phones and they differ.
 */
export class FileDuplicates {
  private readonly byPhone = new Map<string, number>();
  private readonly byName = new Map<string, Array<{ row: number; phone: string }>>();

  /** Records the row and returns the earlier row it repeats, if any. */
  earlierRow(row: number, name: string, enterpriseScope: string, phone: string): number | undefined {
    const phoneDigits = phoneKey(phone);
    const nameKey = `${nameKeys(name).nameKey}\u0000${enterpriseScope}`;
    const sameName = this.byName.get(nameKey) ?? [];
    const earlier = (phoneDigits ? this.byPhone.get(phoneDigits) : undefined) ?? sameName.find((e) => !phoneDigits || !e.phone || e.phone === phoneDigits)?.row;
    sameName.push({ row, phone: phoneDigits });
    this.byName.set(nameKey, sameName);
    if (phoneDigits && !this.byPhone.has(phoneDigits)) this.byPhone.set(phoneDigits, row);
    return earlier;
  }
}
