import { agentBudgetSettingsSchema, type AgentBudget } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { formatCount } from '../../lib/format.ts';
import { CPU_JUDGED_RULE } from '../hardware/agent-cost-labels.ts';

export type BudgetPart = keyof AgentBudget;

/** The three parts as the form holds them: what was typed, checked on saving. */
export type BudgetDraft = Record<BudgetPart, string>;

/** A part's bounds, read from the contract's schema so the form and the hub cannot disagree. */
function bounds(part: BudgetPart): { min: number; max: number } {
  const number = agentBudgetSettingsSchema.shape[part].unwrap();
  return { min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const FIELDS: Record<
  BudgetPart,
  { label: string; description: string; whole: boolean; outOfBounds: (b: string) => string }
> = {
  agentCpuBudgetPercent: {
    label: 'CPU (% of one core, on average)',
    // The same rule, in the same words, as a computer's Agent card that shows a period not judged.
    description: `The agent and the tools it runs, averaged over the time between two check-ins. ${CPU_JUDGED_RULE}: a shorter one (after a reconnect, say) is not judged.`,
    whole: false,
    outOfBounds: (range) => `Give the CPU budget as a percentage from ${range}.`,
  },
  agentMemoryBudgetMiB: {
    label: 'Memory (MiB)',
    description:
      'The most the agent holds at once. The service needs about a third of 150 MiB, the tray app about two thirds.',
    whole: true,
    outOfBounds: (range) => `Give the memory budget as a whole number of MiB from ${range}.`,
  },
  agentCollectionBudgetSeconds: {
    label: 'Collection time (seconds)',
    description:
      'How long one inventory may take; the Windows Update search alone can take a minute.',
    whole: true,
    outOfBounds: (range) => `Give the collection budget as whole seconds from ${range}.`,
  },
};

export const BUDGET_PARTS = Object.keys(FIELDS) as BudgetPart[];

/** A saved budget as the fields show it. */
export const budgetDraft = (budget: AgentBudget): BudgetDraft => ({
  agentCpuBudgetPercent: String(budget.agentCpuBudgetPercent),
  agentMemoryBudgetMiB: String(budget.agentMemoryBudgetMiB),
  agentCollectionBudgetSeconds: String(budget.agentCollectionBudgetSeconds),
});

/** What was typed as a number ("0,5" as typed with a decimal comma too); NaN when it is none. */
export const draftNumber = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

/** Why a part cannot be saved, in words, or null when it can. */
export function budgetError(part: BudgetPart, text: string): string | null {
  const { min, max } = bounds(part);
  const value = draftNumber(text);
  const fits =
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!FIELDS[part].whole || Number.isInteger(value));
  return fits ? null : FIELDS[part].outOfBounds(`${formatCount(min)} to ${formatCount(max)}`);
}

type Props = {
  draft: BudgetDraft;
  onChange: (part: BudgetPart, text: string) => void;
  /** Errors of the last save, by part. */
  errors: Partial<Record<BudgetPart, string>>;
};

/**
 * What the coordinator allows each agent: past any part, Hardware health and the computer's
 * page flag the agent.
 */
export function AgentBudgetFields({ draft, onChange, errors }: Props) {
  return (
    // The form's own column layout, as a named group of its own.
    <div
      className="page"
      role="group"
      aria-labelledby="agent-budget-title"
      aria-describedby="agent-budget-about"
    >
      <h3 id="agent-budget-title">Agent budget</h3>
      <p id="agent-budget-about" className="muted">
        What Handraise&apos;s agent may cost a computer. Hardware health and the computer&apos;s
        page flag an agent past any part of it.
      </p>
      {BUDGET_PARTS.map((part) => (
        <TextInput
          key={part}
          label={FIELDS[part].label}
          description={FIELDS[part].description}
          inputMode={FIELDS[part].whole ? 'numeric' : 'decimal'}
          value={draft[part]}
          onChange={(text) => onChange(part, text)}
          errorMessage={errors[part]}
        />
      ))}
    </div>
  );
}
