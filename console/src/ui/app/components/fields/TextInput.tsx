import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

type Props = Omit<TextFieldProps, 'className' | 'children'> & {
  label: string;
  description?: string;
  /** An error to show under the field (from the hub); validation errors show by themselves. */
  errorMessage?: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
};

/** A labelled text field (React Aria): label, input or textarea, help text and error. */
export function TextInput({
  label,
  description,
  errorMessage,
  multiline,
  placeholder,
  className,
  ...props
}: Props) {
  return (
    <TextField
      {...props}
      className={`field ${className ?? ''}`}
      isInvalid={errorMessage ? true : props.isInvalid}
    >
      <Label>{label}</Label>
      {multiline ? <TextArea placeholder={placeholder} /> : <Input placeholder={placeholder} />}
      {description && (
        <Text slot="description" className="description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
