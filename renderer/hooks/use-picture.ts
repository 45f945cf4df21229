import { useEffect, useState } from 'react';
import { api } from '../api/client';

export interface Picture {
  url: string;
  /** The picture's own coordinate space: the SVG viewBox, or the pixel size of a PNG. */
  width: number;
  height: number;
}

/** One pack picture with its coordinate space, as hotspot questions need it. */
export function usePicture(moduleId: string, path: string): Picture | null {
  const [picture, setPicture] = useState<Picture | null>(null);
  useEffect(() => {
    let live = true;
    let url = '';
    void api.getPackImage({ moduleId, path }).then(async (image) => {
      url = URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: image.mediaType }));
      const size = image.mediaType === 'image/svg+xml' ? svgViewBox(new TextDecoder().decode(image.bytes)) : await pixelSize(url);
      if (live) setPicture({ url, ...size });
      else URL.revokeObjectURL(url);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [moduleId, path]);
  return picture;
}

function svgViewBox(svg: string): { width: number; height: number } {
  const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const width = /<svg[^>]*\bwidth\s*=\s*["']([\d.]+)/.exec(svg);
  const height = /<svg[^>]*\bheight\s*=\s*["']([\d.]+)/.exec(svg);
  return { width: Number(width?.[1] ?? 1000), height: Number(height?.[1] ?? 600) };
}

function pixelSize(url: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve({ width: 1000, height: 600 });
    img.src = url;
  });
}
