import { TextInput } from '../../components/fields/TextInput.tsx';
import type { AccountKind, AdvisorLists } from './account-kind.ts';
import { SkillSuggestions } from './SkillSuggestions.tsx';
import { TimetableField } from './TimetableField.tsx';

type Props = { kind: AccountKind; lists: AdvisorLists; onChange: (lists: AdvisorLists) => void };

/** Where an advisor helps, what they are good at, and when they are free; nothing for a coordinator. */
export function AdvisorScopeFields({ kind, lists, onChange }: Props) {
  if (kind === 'coordinator') return null;
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
      <TextInput
        label="Sites"
        description="Whole buildings or campuses they cover."
        value={lists.sites}
        onChange={(sites) => onChange({ ...lists, sites })}
      />
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
