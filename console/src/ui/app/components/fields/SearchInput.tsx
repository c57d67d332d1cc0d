import { Button, Input, Label, SearchField } from 'react-aria-components';
import { CloseIcon, SearchIcon } from '../icons.tsx';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
};

/** A labelled search box with a clear button; Escape clears it too (React Aria SearchField). */
export function SearchInput({ label, value, onChange, placeholder }: Props) {
  return (
    <SearchField className="field search-field" value={value} onChange={onChange}>
      <Label>{label}</Label>
      <SearchIcon size={16} className="search-icon" />
      <Input placeholder={placeholder} />
      <Button className="button quiet clear" aria-label="Clear search">
        <CloseIcon size={14} />
      </Button>
    </SearchField>
  );
}
