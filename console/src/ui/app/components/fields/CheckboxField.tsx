import { Checkbox } from 'react-aria-components';
import { CheckIcon } from '../icons.tsx';

type Props = { label: string; isSelected: boolean; onChange: (selected: boolean) => void };

/** A labelled checkbox (React Aria): the whole label is the hit area. */
export function CheckboxField({ label, isSelected, onChange }: Props) {
  return (
    <Checkbox className="checkbox" isSelected={isSelected} onChange={onChange}>
      <span className="box" aria-hidden="true">
        {isSelected && <CheckIcon size={13} />}
      </span>
      {label}
    </Checkbox>
  );
}
