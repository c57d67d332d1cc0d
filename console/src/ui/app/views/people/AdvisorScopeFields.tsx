import { TextInput } from '../../components/fields/TextInput.tsx';
import { useDevices } from '../../state/hub-context.ts';
import { unknownPlaces, type AccountKind, type AdvisorLists } from './account-kind.ts';
import { SkillSuggestions } from './SkillSuggestions.tsx';
import { TimetableField } from './TimetableField.tsx';

type Props = { kind: AccountKind; lists: AdvisorLists; onChange: (lists: AdvisorLists) => void };

/** Where an advisor helps, what they are good at, and when they are free; nothing for a coordinator. */
export function AdvisorScopeFields({ kind, lists, onChange }: Props) {
  const devices = useDevices();
  if (kind === 'coordinator') return null;
  const unknownRooms = unknownPlaces(
    lists.rooms,
    devices.map((d) => d.room),
  );
  const unknownSites = unknownPlaces(
    lists.sites,
    devices.map((d) => d.site),
  );
  return (
    <>
      <TextInput
        label="Rooms"
        description={
          kind === 'student'
            ? 'The rooms they help in, as computers are enrolled into them (a student needs a room or a site).'
            : 'The rooms they help in; with no room and no site, the whole school.'
        }
        value={lists.rooms}
        onChange={(rooms) => onChange({ ...lists, rooms })}
      />
      <PlaceWarning kind="room" names={unknownRooms} />
      <TextInput
        label="Sites"
        description="Whole buildings or campuses they cover."
        value={lists.sites}
        onChange={(sites) => onChange({ ...lists, sites })}
      />
      <PlaceWarning kind="site" names={unknownSites} />
      <div className="skills-field">
        <TextInput
          label="Skills"
          description="What they are good at. New requests of a kind named here are offered to them first."
          value={lists.skills}
          onChange={(skills) => onChange({ ...lists, skills })}
        />
        <SkillSuggestions
          skills={lists.skills}
          onChange={(skills) => onChange({ ...lists, skills })}
        />
      </div>
      <TimetableField
        drafts={lists.timetable}
        onChange={(timetable) => onChange({ ...lists, timetable })}
      />
    </>
  );
}

/** Names no enrolled computer carries: likely a typo, since scopes match names exactly. */
function PlaceWarning({ kind, names }: { kind: 'room' | 'site'; names: string[] }) {
  return (
    <p className="muted" role="status">
      {names.length > 0 &&
        `No computer is enrolled into ${names.map((n) => `“${n}”`).join(', ')} yet: check the ${kind} is written as on its enrollment token (capitals count).`}
    </p>
  );
}
