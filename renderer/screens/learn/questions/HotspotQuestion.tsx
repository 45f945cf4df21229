import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentedQuestion, QuizResponse } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';
import { usePicture } from '../../../hooks/use-picture';
import { HotspotChoiceList } from './HotspotChoiceList';

const MARK_RADIUS_PX = 18;
/** Keyboard cursor step, as a share of the picture's width. */
const KEY_STEP = 0.025;

/**
 * Taps are converted to the picture's own coordinates (its SVG viewBox, or pixel size for a PNG), which is how the
 * pack defines the hotspots, so the answer holds at any window size. Tapping a mark again removes it. Without a
 * pointer, arrow keys move a cross-hair and Enter or Space marks (or unmarks) the spot under it. The picture is
 * described in words, and whoever cannot see it can answer from a list instead (HotspotChoiceList).
 */
export function HotspotQuestion({ question, response, onChange, moduleId, disabled }: {
  question: Extract<PresentedQuestion, { type: 'hotspot' }>;
  response: Extract<QuizResponse, { type: 'hotspot' }> | undefined;
  onChange: (r: QuizResponse) => void;
  moduleId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const sceneId = useId();
  const [fromList, setFromList] = useState(false);
  const scene = question.scene ? local(question.scene) : '';
  const picture = usePicture(moduleId, question.image);
  const image = useRef<HTMLImageElement>(null);
  const taps = response?.taps ?? [];
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);

  /** Adds a mark at a point in picture coordinates, or removes the mark already there. */
  const toggleMark = (x: number, y: number, pixelsPerUnit: number) => {
    const near = taps.findIndex((p) => Math.hypot(p.x - x, p.y - y) <= MARK_RADIUS_PX / pixelsPerUnit);
    const next = near >= 0 ? taps.filter((_, i) => i !== near) : [...taps, { x: Math.round(x), y: Math.round(y) }];
    onChange({ type: 'hotspot', taps: next });
  };

  const tap = (event: MouseEvent<HTMLDivElement>) => {
    if (disabled || !image.current || !picture) return;
    const box = image.current.getBoundingClientRect();
    toggleMark(((event.clientX - box.left) / box.width) * picture.width, ((event.clientY - box.top) / box.height) * picture.height, box.width / picture.width);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled || !picture || !image.current) return;
    const here = cursor ?? { x: picture.width / 2, y: picture.height / 2 };
    const step = picture.width * KEY_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setCursor({ x: Math.min(picture.width, Math.max(0, here.x + move[0])), y: Math.min(picture.height, Math.max(0, here.y + move[1])) });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setCursor(here);
      toggleMark(here.x, here.y, image.current.getBoundingClientRect().width / picture.width);
    }
  };

  return (
    <div>
      <p className="hint">{t('quiz.hotspotHint', { count: question.hotspotCount })}</p>
      <div
        className="hotspot-stage"
        onClick={tap}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
        tabIndex={disabled ? -1 : 0}
        role="application"
        aria-label={t('quiz.hotspotKeys')}
        aria-describedby={scene ? sceneId : undefined}
        data-testid="hotspot-stage"
      >
        {picture && <img ref={image} src={picture.url} alt={scene} draggable={false} />}
        {picture &&
          // A decoy ticked in the list is a point outside the picture: counted, but not drawn.
          taps.filter((p) => p.x >= 0 && p.y >= 0).map((p, i) => (
            <span key={i} className="hotspot-mark" style={{ left: `${(p.x / picture.width) * 100}%`, top: `${(p.y / picture.height) * 100}%` }} aria-hidden="true" />
          ))}
        {picture && cursor && (
          <span className="hotspot-cursor" style={{ left: `${(cursor.x / picture.width) * 100}%`, top: `${(cursor.y / picture.height) * 100}%` }} aria-hidden="true" />
        )}
      </div>
      {scene && (
        <p id={sceneId} className={fromList ? 'hint' : 'visually-hidden'}>
          {t('quiz.hotspotScene', { scene })}
        </p>
      )}
      {fromList && <HotspotChoiceList choices={question.choices} taps={taps} disabled={disabled} onChange={(next) => onChange({ type: 'hotspot', taps: next })} />}
      <div className="hotspot-tools">
        <span className="meta" aria-live="polite">{t('quiz.hotspotTaps', { count: taps.length })}</span>
        <button type="button" className="button link" disabled={disabled || taps.length === 0} onClick={() => onChange({ type: 'hotspot', taps: [] })}>
          {t('quiz.clearTaps')}
        </button>
        {question.choices.length > 0 && (
          <button type="button" className="button ghost small" aria-pressed={fromList} onClick={() => setFromList((on) => !on)}>
            {t('quiz.hotspotFromList')}
          </button>
        )}
      </div>
    </div>
  );
}
