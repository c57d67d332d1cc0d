import { useHub } from '../../state/hub-context.ts';
import { SelectField } from './SelectField.tsx';

/** The option that stands for nobody; people's ids are UUIDs, so none is mistaken for it. */
const NOBODY = 'nobody';

type Props = { label: string } & (
  | {
      /** How the choice of nobody reads; null is nobody. */
      nobodyLabel: string;
      value: string | null;
      onChange: (personId: string | null) => void;
    }
  | { nobodyLabel?: undefined; value: string; onChange: (personId: string) => void }
);

/**
 * Picks one of the hub's people (the signed-in one marked "(me)"), or nobody if offered. Disabled
 * and deleted accounts cannot be given work; one shows only while it is the current choice.
 */
export function AssigneeSelect(props: Props) {
  const { people, user } = useHub();
  const options = people
    .filter((p) => !p.inactive || p.id === props.value)
    .map((p) => ({
      id: p.id,
      label:
        p.id === user.id
          ? `${p.displayName} (me)`
          : p.inactive
            ? `${p.displayName} (no longer active)`
            : p.displayName,
    }));
  return (
    <SelectField
      label={props.label}
      options={
        props.nobodyLabel === undefined
          ? options
          : [{ id: NOBODY, label: props.nobodyLabel }, ...options]
      }
      value={props.value ?? NOBODY}
      onChange={(id) => {
        if (props.nobodyLabel === undefined) props.onChange(id);
        else props.onChange(id === NOBODY ? null : id);
      }}
    />
  );
}
