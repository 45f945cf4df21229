import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A row of mutually exclusive choices (a radio group drawn as buttons). Arrow keys, Home and End move the choice,
 * as in a native radio group; only the chosen button is in the tab order.
 */
export function SegmentedControl<T extends string>({ label, options, value, onChange, optionLabel, disabled = false }: {
  label: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (value: T) => void;
  optionLabel: (value: T) => ReactNode;
  disabled?: boolean;
}) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const focusable = Math.max(0, options.findIndex((option) => option === value));

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = options.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    buttons.current[target]?.focus();
    onChange(options[target]!);
  };

  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option, index) => (
        <button
          key={option}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === option}
          tabIndex={index === focusable ? 0 : -1}
          className={value === option ? 'segment selected' : 'segment'}
          disabled={disabled}
          onClick={() => onChange(option)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
