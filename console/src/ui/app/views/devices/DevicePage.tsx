import { useEffect, useMemo, useState } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { DeviceDetail, DeviceTitleVerdict } from '@handraise/shared';
import { ArrowLeftIcon, RefreshIcon } from '../../components/icons.tsx';
import { OnlinePill } from '../../components/Pill.tsx';
import { formatAgo, formatCount } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';
import { useRouteParams } from '../../lib/route.ts';
import { useNow } from '../../lib/use-now.ts';
import { useDevices, useHub, useRequests } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { useSoftwareChanges } from '../../state/use-software-changes.ts';
import { DeviceLive } from './DeviceLive.tsx';
import { DeviceOutdated } from './DeviceOutdated.tsx';
import { DeviceOverview } from './DeviceOverview.tsx';
import { DevicePrivacyActions } from './DevicePrivacyActions.tsx';
import { DeviceTrustActions } from './DeviceTrustActions.tsx';
import { DeviceRequests } from './DeviceRequests.tsx';
import { DeviceSoftware } from './DeviceSoftware.tsx';
import { DeviceUpdates } from './DeviceUpdates.tsx';
import { SeatEditor } from '../rooms/SeatEditor.tsx';
import { devicesListHref } from '../../lib/device-url-state.ts';
import { deviceTabFrom, tabParam } from './device-tab.ts';

/**
 * One device: system and hardware, what needs updating and why, software, pending updates, its
 * requests; online state and verdicts live.
 */
export function DevicePage({ deviceId }: { deviceId: string }) {
  const { ask, user } = useHub();
  const devices = useDevices();
  const requests = useRequests();
  const now = useNow();
  const live = useMemo(() => devices.find((d) => d.id === deviceId), [devices, deviceId]);
  const [detail, setDetail] = useState<DeviceDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const [inventoryNote, setInventoryNote] = useState('');
  // The open tab lives in the address: a reload or a shared link opens the same one.
  const [params, setParams] = useRouteParams();
  // A fresh inventory moves lastInventoryAt: then the lists below are fetched again.
  const inventoryVersion = live?.lastInventoryAt;
  // Asked once the details came: a computer the person may not see has no list to ask for.
  const outdated = useApiData<DeviceTitleVerdict[]>(
    detail && !detail.softwareHidden
      ? `/api/devices/${encodeURIComponent(deviceId)}/outdated`
      : null,
  );
  // A new inventory changes verdicts; the hub says so with `software:changed`.
  useSoftwareChanges(outdated.reload);

  useEffect(() => {
    let current = true;
    void ask('device:get', { deviceId }).then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.data);
      // An address that is not a device id at all is as missing as an unknown one.
      else if (result.error === 'not-found' || result.error === 'invalid-payload') setMissing(true);
    });
    return () => {
      current = false;
    };
  }, [ask, deviceId, inventoryVersion]);

  const history = useMemo(
    () =>
      requests
        .filter((r) => r.deviceId === deviceId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [requests, deviceId],
  );

  if (missing)
    return (
      <p className="card empty">
        {user.role === 'coordinator'
          ? 'This device is not enrolled on this hub.'
          : // The hub answers the same for a computer an advisor may not see now, on purpose.
            'You cannot see this computer now. Its details open while you help with one of its requests, or if it is in your rooms and you are a teacher advisor.'}
      </p>
    );
  if (!detail) return <p className="card empty">Loading the device…</p>;
  const device = { ...detail, ...live };

  const askInventory = async () => {
    const result = await ask('device:request-inventory', { deviceId });
    setInventoryNote(
      !result.ok
        ? result.error === 'rate-limited'
          ? 'Asked several times already; the device answers the earlier ask first. Try again in a few minutes.'
          : 'The hub did not answer.'
        : result.data.delivered
          ? 'Asked for a fresh inventory; this page updates when it arrives.'
          : 'The device is offline; it reports again when it comes back.',
    );
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <a className="back-link" href={devicesListHref()}>
            <ArrowLeftIcon size={16} /> All devices
          </a>
          <h1>{device.name}</h1>
          <p className="subtitle">
            <OnlinePill online={device.online} revoked={device.revoked} />{' '}
            <span data-testid="last-seen">
              {device.online ? 'connected now' : `last seen ${formatAgo(device.lastSeenAt, now)}`}
            </span>
            {' · '}
            {[device.site, device.room, osLabel(device.os)].filter(Boolean).join(' · ') ||
              'No inventory yet'}
          </p>
        </div>
        <div className="actions">
          <Button className="button" onPress={() => void askInventory()}>
            <RefreshIcon size={16} /> Refresh inventory
          </Button>
        </div>
      </header>
      {inventoryNote && (
        <p className="notice" role="status">
          {inventoryNote}
        </p>
      )}
      <Tabs
        className="tabs"
        selectedKey={deviceTabFrom(params.tab, detail.softwareHidden === true)}
        // Replaced, not added: Back leaves the device rather than stepping through its tabs.
        onSelectionChange={(key) => setParams({ tab: tabParam(String(key)) }, { replace: true })}
      >
        <TabList className="tab-list" aria-label="Device details">
          <Tab className="tab" id="overview">
            Overview
          </Tab>
          <Tab className="tab" id="live">
            Live
          </Tab>
          {!detail.softwareHidden && (
            <>
              <Tab className="tab" id="outdated">
                Outdated{outdated.data ? ` (${formatCount(outdated.data.length)})` : ''}
              </Tab>
              <Tab className="tab" id="software">
                Software ({formatCount(detail.software.length)})
              </Tab>
              <Tab className="tab" id="updates">
                Pending updates ({formatCount(detail.updates.length)})
              </Tab>
            </>
          )}
          <Tab className="tab" id="requests">
            Requests ({formatCount(history.length)})
          </Tab>
        </TabList>
        <TabPanel className="tab-panel" id="overview">
          <DeviceOverview device={device} now={now} />
          <SeatEditor device={device} />
          <DevicePrivacyActions device={device} requestCount={history.length} />
          <DeviceTrustActions device={device} />
          {detail.softwareHidden && (
            <p className="muted">
              This computer&apos;s software and updates are the coordinator&apos;s to see. (The
              coordinator can let student advisors see them in Settings.)
            </p>
          )}
        </TabPanel>
        <TabPanel className="tab-panel" id="live">
          {/* Mounted only while its tab is open: the computer samples only while someone looks. */}
          <DeviceLive deviceId={deviceId} online={device.online} />
        </TabPanel>
        {!detail.softwareHidden && (
          <>
            <TabPanel className="tab-panel" id="outdated">
              <DeviceOutdated outdated={outdated} />
            </TabPanel>
            <TabPanel className="tab-panel" id="software">
              <DeviceSoftware software={detail.software} updates={detail.updates} />
            </TabPanel>
            <TabPanel className="tab-panel" id="updates">
              <DeviceUpdates updates={detail.updates} hotfixes={detail.hotfixes} />
            </TabPanel>
          </>
        )}
        <TabPanel className="tab-panel" id="requests">
          <DeviceRequests requests={history} now={now} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
