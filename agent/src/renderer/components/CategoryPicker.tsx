// Six big choices. Real radio buttons: arrow keys move between them, screen readers say "1 of 6".
import { HELP_CATEGORIES, type HelpCategory } from '@handraise/shared';
import { useT } from '../i18n/i18n-context.tsx';
import { CategoryIcon } from './CategoryIcon.tsx';

export function CategoryPicker(props: {
  value: HelpCategory | null;
  onChange: (category: HelpCategory) => void;
}) {
  const t = useT();
  return (
    <fieldset className="categories">
      <legend className="section-label">{t('ask.categoryLegend')}</legend>
      <div className="category-grid">
        {HELP_CATEGORIES.map((category) => (
          <label key={category} className="category" data-checked={props.value === category}>
            <input
              type="radio"
              name="category"
              value={category}
              checked={props.value === category}
              onChange={() => props.onChange(category)}
            />
            <CategoryIcon category={category} />
            <span>{t(`category.${category}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
