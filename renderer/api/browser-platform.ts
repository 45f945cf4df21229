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
  saveFile: (file) => {
    download(file);
    return Promise.resolve({ saved: true });
  },
  saveFiles: (files) => {
    files.forEach(download);
    return Promise.resolve({ saved: files.length });
  },
  openFolder: () =>
    new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.webkitdirectory = true;
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])].filter((f) => !f.name.startsWith('.'));
        if (files.length === 0) return resolve(null);
        void Promise.all(
          files.map(async (file) => ({ name: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
        ).then(resolve);
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    }),
  openFile: (accept) =>
    new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)).join(',');
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    }),
};
