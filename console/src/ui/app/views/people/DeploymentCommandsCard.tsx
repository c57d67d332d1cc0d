import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Card } from '../../components/Card.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import {
  enrollmentCommands,
  SHARE_PLACEHOLDER,
  TOKEN_PLACEHOLDER,
  WINDOWS_AGENT_EXECUTABLE,
  type EnrollmentCommands,
} from '../../lib/enrollment-commands.ts';
import { UnquotableValueError } from '../../lib/shell-quoting.ts';

type Props = {
  /** The address school computers reach the hub at. */
  hubAddress: string;
  /** The token just created (its value is shown only then); null: a placeholder. */
  token: string | null;
  /** The hub certificate's fingerprint; null when the hub speaks plain HTTP. */
  fingerprint: string | null;
};

type Tool = {
  id: keyof EnrollmentCommands;
  tab: string;
  copyLabel: string;
  how: ReactNode;
};

const TOOLS: Tool[] = [
  {
    id: 'groupPolicy',
    tab: 'Group Policy',
    copyLabel: 'Copy the Group Policy startup script',
    how: (
      <>
        Save as a <code>.bat</code> file and add it under Computer Configuration › Policies ›
        Windows Settings › Scripts › Startup. Software installation in Group Policy cannot pass the
        hub and token to the installer, so the script runs the installer itself, and only on
        computers that do not have the agent yet. Put the <code>.msi</code> on a share every
        computer can read and change <code>{SHARE_PLACEHOLDER}</code> to it.{' '}
        <strong>
          Every domain user can read startup scripts, and so the token in this one: use a token that
          expires soon, and revoke it once the computers are enrolled.
        </strong>
      </>
    ),
  },
  {
    id: 'intune',
    tab: 'Intune',
    copyLabel: 'Copy the Intune install command',
    how: (
      <>
        Wrap the <code>.msi</code> as a Win32 app and use this as its install command, installed as
        System. Detection rule: the file <code>{WINDOWS_AGENT_EXECUTABLE}</code> exists.
      </>
    ),
  },
  {
    id: 'jamf',
    tab: 'Jamf',
    copyLabel: 'Copy the Jamf script',
    how: (
      <>
        Add this as a script in a policy that also caches the <code>.pkg</code> (Packages, action
        Cache). It writes the enrollment where only the system can read it, then installs the
        package.
      </>
    ),
  },
  {
    id: 'debian',
    tab: 'Debian and Ubuntu',
    copyLabel: 'Copy the Debian and Ubuntu commands',
    how: (
      <>
        Run in a terminal in the folder with the <code>.deb</code>. The enrollment goes to{' '}
        <code>/etc/handraise/agent.json</code>, readable by the system only.
      </>
    ),
  },
  {
    id: 'fedora',
    tab: 'Fedora and RHEL',
    copyLabel: 'Copy the Fedora and RHEL commands',
    how: (
      <>
        Run in a terminal in the folder with the <code>.rpm</code>. The enrollment goes to{' '}
        <code>/etc/handraise/agent.json</code>, readable by the system only.
      </>
    ),
  },
  {
    id: 'windowsPowerShell',
    tab: 'One Windows computer',
    copyLabel: 'Copy the PowerShell command',
    how: <>Run in PowerShell as an administrator, in the folder with the setup program.</>,
  },
];

/** Copy-paste commands that install the agent with its enrollment on many computers at once. */
export function DeploymentCommandsCard({ hubAddress, token, fingerprint }: Props) {
  let commands: EnrollmentCommands;
  try {
    commands = enrollmentCommands({ hub: hubAddress, token, fingerprint });
  } catch (error) {
    if (!(error instanceof UnquotableValueError)) throw error;
    return (
      <Card title="Install on many computers" id="deploy-title">
        <p className="notice bad" role="alert">
          {error.message} Choose another hub address in Settings.
        </p>
      </Card>
    );
  }
  return (
    <Card title="Install on many computers" id="deploy-title">
      <div className="page">
        {token ? (
          <p className="notice good">
            These commands carry the token you just created. It is shown only now: copy what you
            need before you leave this page.
          </p>
        ) : (
          <p className="notice">
            A token is shown only when it is created. Create one above to have it filled in, or
            replace <code>{TOKEN_PLACEHOLDER}</code> with a token you kept.
          </p>
        )}
        {!fingerprint && (
          <p className="notice warn">
            This hub uses plain HTTP, so the commands carry no certificate fingerprint and nothing
            the computers send is encrypted.
          </p>
        )}
        <Tabs className="tabs">
          <TabList className="tab-list" aria-label="Deployment tool">
            {TOOLS.map((tool) => (
              <Tab key={tool.id} className="tab" id={tool.id}>
                {tool.tab}
              </Tab>
            ))}
          </TabList>
          {TOOLS.map((tool) => (
            <TabPanel key={tool.id} className="tab-panel page" id={tool.id}>
              <p className="muted">{tool.how}</p>
              <div className="command">
                <pre data-testid={`deploy-${tool.id}`}>{commands[tool.id]}</pre>
                <CopyButton text={commands[tool.id]} label={tool.copyLabel} />
              </div>
            </TabPanel>
          ))}
        </Tabs>
      </div>
    </Card>
  );
}
