import { useTranslation } from 'react-i18next';
import type { HotspotChoice } from '../../../../shared/domain/learning';
import { useLocalized } from '../../../hooks/use-localized';

type Point = { x: number; y: number };

/** A choice is ticked when a tap sits on its point: the list and the picture show the same answer. */
const isOn = (choice: HotspotChoice, taps: Point[]) => taps.some((tap) => tap.x === Math.round(choice.x) && tap.y === Math.round(choice.y));

/**
 * The list-based way to answer a hotspot question, for anyone who cannot see (or tap) the picture: tick what in
 * the picture answers the question. Ticking adds the choice's point as a tap, so scoring is the picture's own.
 */
export function HotspotChoiceList({ choices, taps, onChange, disabled }: { choices: HotspotChoice[]; taps: Point[]; onChange: (taps: Point[]) => void; disabled: boolean }) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const toggle = (choice: HotspotChoice) => {
    const point = { x: Math.round(choice.x), y: Math.round(choice.y) };
    onChange(isOn(choice, taps) ? taps.filter((tap) => tap.x !== point.x || tap.y !== point.y) : [...taps, point]);
  };
  return (
    <fieldset className="hotspot-choices">
      <legend>{t('quiz.hotspotListLegend')}</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="check-field">
          <input type="checkbox" checked={isOn(choice, taps)} disabled={disabled} onChange={() => toggle(choice)} />
          {local(choice.label)}
        </label>
      ))}
    </fieldset>
  );
}
