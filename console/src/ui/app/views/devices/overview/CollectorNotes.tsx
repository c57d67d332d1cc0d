import type { CollectorNote } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';

/** What the agent could not read, collector by collector. */
export function CollectorNotes({ notes }: { notes: readonly CollectorNote[] }) {
  if (notes.length === 0) return null;
  return (
    <Card title="What the agent could not read" id="device-notes">
      <ul>
        {notes.map((note) => (
          <li key={note.collector}>
            <strong>{note.collector}</strong>: {note.error}
          </li>
        ))}
      </ul>
    </Card>
  );
}
