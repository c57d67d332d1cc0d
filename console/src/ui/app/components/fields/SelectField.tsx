import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { ChevronDownIcon } from '../icons.tsx';

export type SelectOption = { id: string; label: string };

type Props = {
  label: string;
  options: readonly SelectOption[];
  /** Null: nothing chosen yet, the placeholder shows. */
  value: string | null;
  onChange: (value: string) => void;
  className?: string;
  isDisabled?: boolean;
  placeholder?: string;
};

/** A labelled single-choice list (React Aria Select): keyboard, type-ahead and screen readers. */
export function SelectField({
  label,
  options,
  value,
  onChange,
  className,
  isDisabled,
  placeholder,
}: Props) {
  return (
    <Select
      className={`field ${className ?? ''}`}
      value={value}
      onChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
      isDisabled={isDisabled ?? false}
      {...(placeholder === undefined ? {} : { placeholder })}
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <ChevronDownIcon size={16} />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
