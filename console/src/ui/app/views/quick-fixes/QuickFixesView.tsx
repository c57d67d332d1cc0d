import { HELP_CATEGORIES, type QuickFixList } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { CATEGORY_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { bodyOf, EMPTY_DRAFT, refusalOf } from './quick-fix-draft.ts';
import { QuickFixForm } from './QuickFixForm.tsx';
import { QuickFixItem } from './QuickFixItem.tsx';
import { TeachersWriteCard } from './TeachersWriteCard.tsx';

/**
 * Quick fixes: short answers per category that the help window shows before someone asks, with
 * how many requests each saved. The coordinator's, and teachers' when the coordinator allows it.
 */
export function QuickFixesView() {
  const { api, user } = useHub();
  const { data, error, reload } = useApiData<QuickFixList>('/api/quick-fixes');

  const header = (
    <header className="page-header">
      <div>
        <h1>Quick fixes</h1>
        <p className="subtitle">
          What to try first, per kind of problem. The help window shows the ones for its room and
          system once a category is picked; “This fixed it” saves a request.
        </p>
      </div>
    </header>
  );
  if (error)
    return (
      <div className="page">
        {header}
        <p className="notice">
          {error === 'forbidden'
            ? 'Quick fixes are written by the IT coordinator and the teachers they allow.'
            : 'The quick fixes could not be loaded. Try again in a moment.'}
        </p>
      </div>
    );

  const fixes = data?.fixes ?? [];
  return (
    <div className="page">
      {header}
      <div className="grid two">
        <Card title="New quick fix" id="new-quick-fix">
          <QuickFixForm
            label="New quick fix"
            initial={EMPTY_DRAFT}
            submitLabel="Add quick fix"
            onSave={async (draft) => {
              const result = await api('/api/quick-fixes', { body: bodyOf(draft) });
              if (!result.ok) return refusalOf(result.error);
              reload();
              return null;
            }}
          />
        </Card>
        {user.role === 'coordinator' && data && (
          <TeachersWriteCard teachersWrite={data.teachersWrite} onChanged={reload} />
        )}
      </div>
      {data && fixes.length === 0 && (
        <p className="notice">No quick fixes yet: the help window goes straight to asking.</p>
      )}
      <div className="quick-fix-categories">
        {HELP_CATEGORIES.map((category) => {
          const inCategory = fixes.filter((fix) => fix.category === category);
          if (inCategory.length === 0) return null;
          return (
            <Card
              key={category}
              title={CATEGORY_LABELS[category]}
              id={`quick-fixes-${category}`}
              hint="Most requests saved first"
            >
              <ul className="quick-fix-list">
                {inCategory.map((fix) => (
                  <QuickFixItem key={fix.id} fix={fix} onChanged={reload} />
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </div>
  );
}
