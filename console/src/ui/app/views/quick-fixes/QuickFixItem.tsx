import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { QuickFix } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { plural } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { bodyOf, draftOf, refusalOf } from './quick-fix-draft.ts';
import { QuickFixForm } from './QuickFixForm.tsx';

type Props = { fix: QuickFix; onChanged: () => void };

/** Where a fix applies, in words. */
function placesOf(fix: QuickFix): string {
  const rooms = fix.rooms.length > 0 ? fix.rooms.join(', ') : 'Every room';
  const systems =
    fix.platforms.length > 0
      ? fix.platforms.map((p) => PLATFORM_LABELS[p]).join(', ')
      : 'every system';
  return `${rooms} · ${systems}`;
}

/** One fix: its words, where it applies, what it saved; changed or deleted by those who may. */
export function QuickFixItem({ fix, onChanged }: Props) {
  const { api } = useHub();
  const [editing, setEditing] = useState(false);
  const textId = `quick-fix-${fix.id}`;

  if (editing)
    return (
      <li className="quick-fix-item">
        <QuickFixForm
          label="Change quick fix"
          initial={draftOf(fix)}
          submitLabel="Save"
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            const result = await api(`/api/quick-fixes/${fix.id}`, {
              method: 'PATCH',
              body: bodyOf(draft),
            });
            if (!result.ok) return refusalOf(result.error);
            setEditing(false);
            onChanged();
            return null;
          }}
        />
      </li>
    );

  return (
    <li className="quick-fix-item" data-fix-id={fix.id}>
      <p id={textId} className="quick-fix-text">
        {fix.text}
      </p>
      <p className="quick-fix-figures" data-testid="quick-fix-figures">
        <strong>Saved {plural(fix.saved, 'request')}</strong>
        {' · '}shown {plural(fix.shown, 'time')}
      </p>
      <p className="muted">
        {placesOf(fix)} · by {fix.writtenBy}
      </p>
      {fix.mayEdit && (
        <div className="form-actions">
          <Button
            className="button small"
            aria-describedby={textId}
            onPress={() => setEditing(true)}
          >
            Edit
          </Button>
          <ConfirmDialog
            trigger={
              <Button className="button small quiet" aria-describedby={textId}>
                Delete
              </Button>
            }
            heading="Delete this quick fix?"
            cancelLabel="Keep it"
            confirmLabel="Delete"
            onConfirm={async () => {
              await api(`/api/quick-fixes/${fix.id}`, { method: 'DELETE' });
              onChanged();
            }}
          >
            The help window stops showing it at once; what it saved is forgotten with it.
          </ConfirmDialog>
        </div>
      )}
    </li>
  );
}
