import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Card } from '../../components/Card.tsx';
import type { ThemePreference } from '../../lib/theme.ts';
import { useThemeChoice } from '../../state/theme-context.ts';

const CHOICES: { id: ThemePreference; label: string }[] = [
  { id: 'system', label: 'Like this computer' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** Light, dark, or following the operating system; remembered on this computer. */
export function AppearanceCard() {
  const { preference, setPreference } = useThemeChoice();
  return (
    <Card title="Appearance" id="appearance-title">
      <RadioGroup
        className="field"
        value={preference}
        onChange={(value) => setPreference(value as ThemePreference)}
        orientation="horizontal"
      >
        <Label>Theme</Label>
        <div className="segmented">
          {CHOICES.map((choice) => (
            <Radio key={choice.id} value={choice.id} className="radio">
              {choice.label}
            </Radio>
          ))}
        </div>
      </RadioGroup>
    </Card>
  );
}
