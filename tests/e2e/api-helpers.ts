import type { Page } from '@playwright/test';

/**
 * Calls an API operation from inside the page, with the tab's own launch token and client id, the way the
 * renderer does: for setting up data that a test is not about.
 */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([operation, body]) => {
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-score-token': sessionStorage.getItem('score.token') ?? '', 'x-score-client': sessionStorage.getItem('score.client') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.code}`);
  return result.value as T;
}
