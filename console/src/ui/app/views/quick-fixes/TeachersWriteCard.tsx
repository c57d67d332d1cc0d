import { useState } from 'react';
import { Card } from '../../components/Card.tsx';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { FormOutcome } from '../../components/FormOutcome.tsx';
import { useHub } from '../../state/hub-context.ts';

type Props = { teachersWrite: boolean; onChanged: () => void };

/** The coordinator's choice: whether teacher advisors write quick fixes too. */
export function TeachersWriteCard({ teachersWrite, onChanged }: Props) {
  const { api } = useHub();
  const [error, setError] = useState('');
  const change = async (allowed: boolean) => {
    const result = await api('/api/quick-fixes/teachers', {
      method: 'PUT',
      body: { teachersWrite: allowed },
    });
    setError(result.ok ? '' : 'The choice was not saved. Try again.');
    onChanged();
  };
  return (
    <Card title="Who writes them" id="quick-fix-writers">
      <CheckboxField
        label="Teacher advisors may write quick fixes too"
        isSelected={teachersWrite}
        onChange={(allowed) => void change(allowed)}
      />
      <p className="muted">
        A teacher who covers some rooms only writes fixes for those rooms. Student advisors never
        write them.
      </p>
      <FormOutcome error={error} />
    </Card>
  );
}
