import { ToggleButton } from 'react-aria-components';
import { CATEGORY_SKILLS } from '@handraise/shared';
import { CheckIcon } from '../../components/icons.tsx';
import { namesIn } from './account-kind.ts';

const SKILL_WORDS = Object.values(CATEGORY_SKILLS);

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

type Props = { skills: string; onChange: (skills: string) => void };

/**
 * The skill words that name a kind of request (Printers, Wi-Fi…), as toggles beside the typed
 * list: pressed while the list holds the word, pressing adds or takes it out.
 */
export function SkillSuggestions({ skills, onChange }: Props) {
  const names = namesIn(skills);
  const toggle = (word: string, on: boolean) =>
    onChange((on ? [...names, word] : names.filter((name) => !same(name, word))).join(', '));
  return (
    <div className="suggestions skill-suggestions" role="group" aria-label="Kinds of request">
      <span className="muted">Kinds of request:</span>
      {SKILL_WORDS.map((word) => {
        const on = names.some((name) => same(name, word));
        return (
          <ToggleButton
            key={word}
            className="button small chip"
            isSelected={on}
            onChange={(next) => toggle(word, next)}
          >
            {on && <CheckIcon size={13} />}
            {word}
          </ToggleButton>
        );
      })}
    </div>
  );
}
