import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { usePicture } from '../../../hooks/use-picture';

const MARK_RADIUS_PX = 18;

/**
 * Taps are converted to the picture's own coordinates (its SVG viewBox, or pixel size for a PNG), which is how the
 * pack defines the hotspots, so the answer holds at any window size. Tapping a mark again removes it.
 */
export function HotspotQuestion({ question, response, onChange, moduleId, disabled }: {
  question: Extract<PresentedQuestion, { type: 'hotspot' }>;
  response: Extract<QuizResponse, { type: 'hotspot' }> | undefined;
  onChange: (r: QuizResponse) => void;
  moduleId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  const picture = usePicture(moduleId, question.image);
  const image = useRef<HTMLImageElement>(null);
  const taps = response?.taps ?? [];

  const tap = (event: MouseEvent<HTMLDivElement>) => {
    if (disabled || !image.current || !picture) return;
    const box = image.current.getBoundingClientRect();
    const scale = picture.width / box.width;
    const x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * (picture.height / box.height);
    const near = taps.findIndex((p) => Math.hypot(p.x - x, p.y - y) <= MARK_RADIUS_PX * scale);
    const next = near >= 0 ? taps.filter((_, i) => i !== near) : [...taps, { x: Math.round(x), y: Math.round(y) }];
    onChange({ type: 'hotspot', taps: next });
  };

  return (
    <div>
      <p className="hint">{t('quiz.hotspotHint', { count: question.hotspotCount })}</p>
      <div className="hotspot-stage" onClick={tap} data-testid="hotspot-stage">
        {picture && <img ref={image} src={picture.url} alt="" draggable={false} />}
        {picture &&
          taps.map((p, i) => (
            <span key={i} className="hotspot-mark" style={{ left: `${(p.x / picture.width) * 100}%`, top: `${(p.y / picture.height) * 100}%` }} aria-hidden="true" />
          ))}
      </div>
      <div className="hotspot-tools">
        <span className="meta">{t('quiz.hotspotTaps', { count: taps.length })}</span>
        <button type="button" className="button link" disabled={disabled || taps.length === 0} onClick={() => onChange({ type: 'hotspot', taps: [] })}>
          {t('quiz.clearTaps')}
        </button>
      </div>
    </div>
  );
}
