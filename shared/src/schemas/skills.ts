// Which requests an advisor's skills point them to. Skills are free words the coordinator keeps;
// the ones named here stand for a help category, so "Printers" brings printer requests first.
import type { HelpCategory } from './help.ts';

/** The skill word that stands for each category (compared without case). */
export const CATEGORY_SKILLS: Readonly<Record<Exclude<HelpCategory, 'other'>, string>> = {
  internet: 'Wi-Fi',
  printer: 'Printers',
  'sign-in': 'Accounts',
  app: 'Apps',
  'sound-screen': 'Sound and screen',
};

const categoryOf = (skill: string): HelpCategory | undefined =>
  (Object.keys(CATEGORY_SKILLS) as (keyof typeof CATEGORY_SKILLS)[]).find(
    (category) => CATEGORY_SKILLS[category].toLowerCase() === skill.trim().toLowerCase(),
  );

/**
 * Whether an advisor with these skills is one to offer a `category` request to: anyone whose
 * skills name no category is offered everything; one who names categories is offered those, and
 * "Something else", which no skill names.
 */
export function skillsMatch(skills: readonly string[], category: HelpCategory): boolean {
  const categories = skills.map(categoryOf).filter((c) => c !== undefined);
  return categories.length === 0 || category === 'other' || categories.includes(category);
}
