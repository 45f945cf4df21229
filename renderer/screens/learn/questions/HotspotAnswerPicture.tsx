import type { CorrectAnswer } from '../../../../shared/domain/learning';
import { usePicture } from '../../../hooks/use-picture';

type HotspotAnswer = Extract<CorrectAnswer, { type: 'hotspot' }>;

/** The picture with every hazard outlined (and the learner's taps, if any), drawn in the picture's own coordinates. */
export function HotspotAnswerPicture({ moduleId, image, answer, taps = [] }: { moduleId: string; image: string; answer: HotspotAnswer; taps?: Array<{ x: number; y: number }> }) {
  const picture = usePicture(moduleId, image);
  if (!picture) return null;
  return (
    <div className="hotspot-answer">
      <img src={picture.url} alt="" />
      <svg viewBox={`0 0 ${picture.width} ${picture.height}`} aria-hidden="true">
        {answer.hotspots.map(({ id, area }) =>
          area.shape === 'circle' ? (
            <circle key={id} cx={area.cx} cy={area.cy} r={area.r} className="answer-area" />
          ) : (
            <rect key={id} x={area.x} y={area.y} width={area.w} height={area.h} rx={8} className="answer-area" />
          ),
        )}
        {/* Decoys ticked in the list are points outside the picture: not drawn. */}
        {taps.filter((tap) => tap.x >= 0 && tap.y >= 0).map((tap, i) => (
          <circle key={`tap-${i}`} cx={tap.x} cy={tap.y} r={picture.width / 80} className="answer-tap" />
        ))}
      </svg>
    </div>
  );
}
