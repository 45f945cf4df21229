import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readQrFromVideo } from './read-qr';

/** Whether this computer has a camera at all; the button is shown only then. */
export function useHasCamera(): boolean {
  const [hasCamera, setHasCamera] = useState(false);
  useEffect(() => {
    let live = true;
    void navigator.mediaDevices
      ?.enumerateDevices()
      .then((devices) => live && setHasCamera(devices.some((device) => device.kind === 'videoinput')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return hasCamera;
}

/** The camera's picture, scanned a few times a second until a QR code is read. */
export function CameraScanner({ onCode, onStop }: { onCode: (code: string) => void; onStop: () => void }) {
  const { t } = useTranslation('certificates');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const latestOnCode = useRef(onCode);
  useEffect(() => {
    latestOnCode.current = onCode;
  });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let live = true;
    const canvas = document.createElement('canvas');
    const tick = () => {
      if (!live || !video.current) return;
      const code = readQrFromVideo(video.current, canvas);
      if (code) latestOnCode.current(code);
      else timer = window.setTimeout(tick, 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (!live || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        await video.current.play();
        tick();
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="camera-scanner">
      {failed ? <p className="error" role="alert">{t('verify.cameraDenied')}</p> : <p className="hint">{t('verify.cameraHint')}</p>}
      <video ref={video} muted playsInline className="camera-view" aria-label={t('verify.useCamera')} />
      <button type="button" className="button ghost" onClick={onStop}>{t('verify.stopCamera')}</button>
    </div>
  );
}
