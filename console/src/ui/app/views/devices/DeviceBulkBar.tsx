import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { BulkRefreshResult, BulkRetireResult, BulkRoomResult } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { MoveToRoomDialog } from './MoveToRoomDialog.tsx';

type Props = {
  selectedIds: readonly string[];
  rooms: readonly string[];
  onClear: () => void;
};

/** The sentence for a refresh: how many were asked, and why the others were not. */
function refreshOutcome({ asked, offline }: BulkRefreshResult): string {
  const first =
    asked === 0
      ? 'None of them is online, so none was asked'
      : `Asked ${plural(asked, 'computer')} for a fresh inventory`;
  return offline > 0 && asked > 0
    ? `${first}; ${formatCount(offline)} offline will send theirs when they connect.`
    : `${first}.`;
}

/**
 * For the coordinator: how many computers are selected and what can be done to all of them at
 * once (a hint while none are). The hub checks every action again; its answer is said in the bar.
 */
export function DeviceBulkBar({ selectedIds, rooms, onClear }: Props) {
  const { api } = useHub();
  const [outcome, setOutcome] = useState('');
  const count = selectedIds.length;
  const body = { deviceIds: selectedIds };
  const refused = 'The hub did not take it. Reload the list and try again.';

  const refresh = async () => {
    const result = await api<BulkRefreshResult>('/api/devices/bulk/refresh', { body });
    setOutcome(result.ok ? refreshOutcome(result.data) : refused);
  };
  const move = async (room: string): Promise<string | null> => {
    const result = await api<BulkRoomResult>('/api/devices/bulk/room', { body: { ...body, room } });
    if (!result.ok) return refused;
    const { moved, requestsMoved } = result.data;
    setOutcome(
      `Moved ${plural(moved, 'computer')} to ${room}` +
        (requestsMoved > 0 ? `, with ${plural(requestsMoved, 'open request')}.` : '.'),
    );
    // Done with them: the next action starts from a fresh choice, not from rows out of sight.
    onClear();
    return null;
  };
  const retire = async () => {
    const result = await api<BulkRetireResult>('/api/devices/bulk/retire', { body });
    if (!result.ok) return setOutcome(refused);
    setOutcome(`Retired ${plural(result.data.retired, 'computer')}.`);
    onClear();
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      {count === 0 && !outcome && (
        <p className="bulk-hint">Tick computers to refresh, move or retire several at once.</p>
      )}
      {count > 0 && (
        <>
          <strong className="bulk-count">{formatCount(count)} selected</strong>
          <Button className="button small" onPress={() => void refresh()}>
            Refresh inventory
          </Button>
          <MoveToRoomDialog count={count} rooms={rooms} onMove={move} />
          <ConfirmDialog
            trigger={<Button className="button small danger">Retire…</Button>}
            heading={`Retire ${plural(count, 'computer')}?`}
            cancelLabel={count === 1 ? 'Keep it' : 'Keep them'}
            confirmLabel={`Retire ${plural(count, 'computer')}`}
            onConfirm={retire}
          >
            {count === 1 ? 'It leaves' : 'They leave'} the device list and every count, and{' '}
            {count === 1 ? 'its agent is' : 'their agents are'} turned away from now on. Past
            requests stay readable. To bring a computer back, enroll it again.
          </ConfirmDialog>
          <Button className="button small quiet" onPress={onClear}>
            Clear selection
          </Button>
        </>
      )}
      <p className="bulk-outcome" role="status">
        {outcome}
      </p>
    </div>
  );
}
