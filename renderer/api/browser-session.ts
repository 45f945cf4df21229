/**
 * Browser mode: the per-launch token arrives in the URL once, is kept for this tab, and is removed from the
 * address bar. A client id per tab keeps the trainer unlock (and the events about it) to this tab.
 */
export function browserSession(): { token: string; clientId: string } {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('score.token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = sessionStorage.getItem('score.token') ?? '';
  let clientId = sessionStorage.getItem('score.client');
  if (!clientId) {
    clientId = crypto.randomUUID();
    sessionStorage.setItem('score.client', clientId);
  }
  return { token, clientId };
}

/** The headers every browser-mode request carries: the launch token and this tab's client id. */
export function browserSessionHeaders(): Record<string, string> {
  const { token, clientId } = browserSession();
  return { 'x-score-token': token, 'x-score-client': clientId };
}
