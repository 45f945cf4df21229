import type { FileBytes, PlatformBridge } from '../../shared/api/bridge';

function download(file: FileBytes): void {
  const blob = new Blob([file.bytes as BlobPart]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Browser mode: files leave as downloads and arrive through a file picker. */
export const browserPlatform: PlatformBridge = {
  runtime: 'browser',
  saveFile: async (file) => {
    download(file);
    return { saved: true };
  },
  saveFiles: async (files) => {
    files.forEach(download);
    return { saved: files.length };
  },
  openFile: (accept) =>
    new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)).join(',');
      input.addEventListener('change', async () => {
        const file = input.files?.[0];
        resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    }),
};
