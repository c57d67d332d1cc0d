import { Label, Radio, RadioGroup } from 'react-aria-components';

export type SegmentOption<T extends string> = { id: T; label: string };

type Props<T extends string> = {
  label: string;
  options: readonly SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
};

/** A few exclusive choices side by side (React Aria RadioGroup): arrow keys move between them. */
export function SegmentedField<T extends string>({
  label,
  options,
  value,
  onChange,
  className,
}: Props<T>) {
  return (
    <RadioGroup
      className={`field segmented-field ${className ?? ''}`}
      value={value}
      onChange={(next) => onChange(next as T)}
      orientation="horizontal"
    >
      <Label>{label}</Label>
      <div className="segmented">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
