import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { AccountsPanel } from './AccountsPanel.tsx';
import { EnrollmentPanel } from './EnrollmentPanel.tsx';

/** Coordinator only: who can sign in, and the tokens that let computers join. */
export function PeopleView() {
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>People</h1>
          <p className="subtitle">
            Accounts for Tech Advisors and coordinators, and computer enrollment.
          </p>
        </div>
      </header>
      <Tabs className="tabs">
        <TabList className="tab-list" aria-label="People">
          <Tab className="tab" id="accounts">
            Accounts
          </Tab>
          <Tab className="tab" id="enrollment">
            Enrollment
          </Tab>
        </TabList>
        <TabPanel className="tab-panel" id="accounts">
          <AccountsPanel />
        </TabPanel>
        <TabPanel className="tab-panel" id="enrollment">
          <EnrollmentPanel />
        </TabPanel>
      </Tabs>
    </div>
  );
}
