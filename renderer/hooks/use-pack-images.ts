import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** Fetches a pack's pictures through the API and hands out blob: URLs (the CSP allows no other source). */
export function usePackImages(moduleId: string, paths: readonly string[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const key = paths.join('\n');
  useEffect(() => {
    let live = true;
    void Promise.all(
      key.split('\n').filter(Boolean).map(async (path) => {
        const image = await api.getPackImage({ moduleId, path });
        const url = URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: image.mediaType }));
        return [path, url] as const;
      }),
    ).then((entries) => {
      if (live) setUrls(Object.fromEntries(entries));
      else entries.forEach(([, url]) => URL.revokeObjectURL(url));
    });
    return () => {
      live = false;
      setUrls((previous) => {
        Object.values(previous).forEach((url) => URL.revokeObjectURL(url));
        return {};
      });
    };
  }, [moduleId, key]);
  return urls;
}
